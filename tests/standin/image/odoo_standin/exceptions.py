"""Exceptions named like odoo.exceptions, so that RPC errors carry Odoo's exception names."""


class UserError(Exception):
    pass


class AccessDenied(UserError):
    def __init__(self, message="Access Denied"):
        super().__init__(message)


class AccessError(UserError):
    pass


class MissingError(UserError):
    pass


class ValidationError(UserError):
    pass


for _cls in (UserError, AccessDenied, AccessError, MissingError, ValidationError):
    _cls.__module__ = "odoo.exceptions"
