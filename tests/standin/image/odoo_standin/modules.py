"""Module catalogue: a built-in table of common Odoo modules plus the addons path."""
import ast
import logging
import os

from . import release

_logger = logging.getLogger("odoo.modules.module")

# name: (module version without the series prefix, depends, application).
# The dependencies are a reduced copy of the 18.0 manifests, enough to pull in
# the modules that a provisioner expects next to the one it installs.
KNOWN_MODULES = {
    "base": ("1.3", [], False),
    "web": ("1.0", ["base"], False),
    "base_setup": ("1.0", ["base", "web"], False),
    "bus": ("1.0", ["base", "web"], False),
    "web_tour": ("1.0", ["web"], False),
    "http_routing": ("1.1", ["web"], False),
    "mail": ("1.15", ["base", "base_setup", "bus", "web_tour"], True),
    "portal": ("1.0", ["web", "web_editor", "http_routing", "mail", "auth_signup"], False),
    "auth_signup": ("1.0", ["base_setup", "mail", "web"], False),
    "web_editor": ("1.0", ["bus", "web"], False),
    "digest": ("1.1", ["mail", "portal", "resource"], False),
    "resource": ("1.1", ["base", "web"], False),
    "uom": ("1.0", ["base"], False),
    "utm": ("1.1", ["base", "web"], False),
    "contacts": ("1.0", ["base", "mail"], True),
    "calendar": ("1.1", ["base", "mail"], True),
    "product": ("1.2", ["base", "mail", "uom"], False),
    "analytic": ("1.2", ["base", "mail", "uom"], False),
    "payment": ("2.0", ["onboarding", "portal"], False),
    "onboarding": ("1.2", ["web"], False),
    "account": ("1.2", ["base_setup", "onboarding", "product", "analytic", "portal", "digest"], True),
    "sales_team": ("1.1", ["base", "mail"], False),
    "sale": ("1.2", ["sales_team", "account", "payment", "utm"], True),
    "purchase": ("1.2", ["account"], True),
    "barcodes": ("2.0", ["web"], False),
    "stock": ("1.1", ["product", "barcodes", "digest"], True),
    "stock_account": ("1.1", ["stock", "account"], False),
    "crm": ("1.9", ["base_setup", "sales_team", "mail", "calendar", "resource", "utm", "web_tour", "contacts", "digest"], True),
    "social_media": ("0.1", ["base"], False),
    "website": ("1.0", ["digest", "web", "web_editor", "http_routing", "portal", "social_media", "auth_signup"], True),
    "hr": ("1.1", ["base_setup", "digest", "phone_validation", "resource", "web"], True),
    "phone_validation": ("2.1", ["base", "mail"], False),
    "rating": ("1.0", ["mail"], False),
    "project": ("1.3", ["analytic", "base_setup", "mail", "portal", "rating", "resource", "web", "web_tour", "digest"], True),
    "point_of_sale": ("1.0.2", ["stock_account", "barcodes", "web_editor", "digest"], True),
}

# Modules that every database gets, as Odoo installs them with base.
BASE_MODULES = ["base", "web"]


class ManifestError(Exception):
    pass


def full_version(module_version):
    """Return the version stored in latest_version, prefixed with the series (e.g. 18.0.1.3)."""
    parts = module_version.split(".")
    if len(parts) >= 4:
        return module_version
    return "%s.%s" % (release.serie, module_version)


def scan_addons_path(addons_path):
    """Return {name: (version, depends, application)} for each module found on the addons path.

    Raises ManifestError when a __manifest__.py is not a Python literal, the
    same failure that makes Odoo's module loading raise.
    """
    found = {}
    for path in [p.strip() for p in str(addons_path or "").split(",") if p.strip()]:
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            manifest_path = os.path.join(path, name, "__manifest__.py")
            if name in found or not os.path.isfile(manifest_path):
                continue
            with open(manifest_path, encoding="utf-8") as f:
                source = f.read()
            try:
                manifest = ast.literal_eval(source)
                if not isinstance(manifest, dict):
                    raise ValueError("manifest is a %s, not a dict" % type(manifest).__name__)
            except (SyntaxError, ValueError) as e:
                raise ManifestError("Invalid manifest %s: %s: %s" % (manifest_path, type(e).__name__, e)) from e
            version = str(manifest.get("version", "1.0"))
            found[name] = (version, list(manifest.get("depends", ["base"])), bool(manifest.get("application")))
    return found


def catalogue(addons_path):
    modules = dict(KNOWN_MODULES)
    modules.update(scan_addons_path(addons_path))
    return modules


def resolve(requested, modules):
    """Return `requested` plus their dependencies, dependencies first, and the unknown names."""
    ordered, unknown, seen = [], [], set()

    def visit(name, chain):
        if name in seen:
            return
        if name not in modules:
            if name not in unknown:
                unknown.append(name)
            return
        if name in chain:
            return
        for dependency in modules[name][1]:
            visit(dependency, chain + (name,))
        seen.add(name)
        ordered.append(name)

    for name in requested:
        visit(name, ())
    return ordered, unknown
