"""Reading the QR code of a printed record from a scan (PNG, JPEG, TIFF) or from a PDF that
went through a printer queue or a scanner. No Qt: the CLI uses it too.

The only importer of the QR decoder (zxing-cpp) and of the PDF rasteriser (pypdfium2); an
import-linter contract keeps it so. Images are opened with Pillow, which reportlab brings.
"""

from __future__ import annotations

from pathlib import Path

from sopdesk.domain.errors import DomainError

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp")
PDF_DPI = (200, 300)  # tried in turn: the first is quick, the second reads a small or worn code
PDF_PAGES = 3  # every page carries the same code; a few pages are enough


class ScanError(DomainError):
    """The file could not be read as an image or a PDF."""


def _decode(image: object) -> list[str]:
    try:
        import zxingcpp
    except ImportError as exc:  # an installation without the decoder: said, not a traceback
        raise ScanError(f"Pembaca kode QR tidak tersedia di pemasangan ini: {exc}") from exc

    return [result.text for result in zxingcpp.read_barcodes(image) if result.format == zxingcpp.BarcodeFormat.QRCode]


def read_codes(path: Path) -> list[str]:
    """The texts of the QR codes found on the image, or on the first pages of the PDF."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf_codes(path)
    if suffix not in IMAGE_SUFFIXES:
        raise ScanError(f"{path.name}: pindai dari berkas gambar (PNG, JPEG, TIFF) atau PDF.")
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()
            return _decode(image.convert("L"))
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        raise ScanError(f"{path.name} tidak dapat dibaca sebagai gambar: {exc}") from exc


def _pdf_codes(path: Path) -> list[str]:
    try:
        import pypdfium2 as pdfium
    except (ImportError, OSError) as exc:  # PDFium missing from the installation
        raise ScanError(f"Pembaca PDF tidak tersedia di pemasangan ini: {exc}") from exc
    try:
        pdf = pdfium.PdfDocument(path)
    except (OSError, pdfium.PdfiumError) as exc:
        raise ScanError(f"{path.name} tidak dapat dibaca sebagai PDF: {exc}") from exc
    try:
        for dpi in PDF_DPI:
            for index in range(min(len(pdf), PDF_PAGES)):
                page = pdf[index]
                try:
                    bitmap = page.render(scale=dpi / 72, grayscale=True)
                    found = _decode(bitmap.to_pil())
                finally:
                    page.close()
                if found:
                    return found
        return []
    finally:
        pdf.close()
