"""One function per user intention: permission, validation, one transaction with its audit event."""
