"""Password hashing with the passlib context of odoo/addons/base/models/res_users.py (17.0/18.0)."""
from passlib.context import CryptContext

CRYPT_CONTEXT = CryptContext(["pbkdf2_sha512", "plaintext"], deprecated=["plaintext"],
                             pbkdf2_sha512__rounds=600_000)


def hash_password(password):
    return CRYPT_CONTEXT.hash(password)


def verify_password(password, stored):
    if not stored or not password:
        return False
    try:
        return CRYPT_CONTEXT.verify(password, stored)
    except ValueError:
        return False
