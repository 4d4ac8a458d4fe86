"""Stand-in for the Odoo server, used by the SaaSOdoo Console test suite."""
