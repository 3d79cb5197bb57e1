"""Pure Python rules of the office: no Qt, no SQLAlchemy, no reportlab (stdlib only)."""
