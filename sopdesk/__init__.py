"""SOPDesk: agenda surat, disposisi dan pelacakan SOP untuk Bagian Organisasi."""

__version__ = "0.1.0"
