"""Version of the imitated Odoo series.

One root filesystem serves every tag, so the series comes from the
ODOO_VERSION variable that the image sets, where real Odoo compiles it in.
"""
import os

version = os.environ.get("ODOO_VERSION", "18.0")
major = int(version.split(".")[0])
version_info = [major, 0, 0, "final", 0, ""]
serie = major_version = version
description = "Odoo Server"
