"""Opening a .docx safely: the zip package is checked against size limits (zip bombs, damaged archives,
missing attributes) before python-docx reads it, and anything that is not a Word document is a clear error."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from drafter.oserrors import reason_zh
from drafter.status import DrafterError, ExitStatus
from drafter.word.runtext import W

# What a .docx may hold. python-docx reads every part the relationships lead to into memory, so
# every part's declared size is checked first (zipfile never unpacks more than the declared size),
# and the XML parts are unpacked once, whole (checksums verified), and handed to python-docx.
MAX_PARTS = 2000
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_XML_PART_BYTES = 8 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024
MAX_RATIO = 500  # uncompressed / compressed, for parts over 1 MiB: zeros and the like, not text
MIB = 1024 * 1024


def check_archive(path: Path, archive: zipfile.ZipFile, whole: bool = True) -> dict[str, bytes]:
    """Refuse (exit 3) a package that would unpack past the limits above, has a part declaring a DTD, or a
    damaged catalogue; return the XML parts unpacked whole, by name, so that python-docx reads each part once
    (not ``whole``: only the catalogue, the relationships and the content types; the other parts are looked at
    up to their root, for a reader that unpacks only the parts it uses)."""
    def refuse(reason: str, zh: str) -> DrafterError:
        return DrafterError.unreadable(path, reason, zh)

    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise refuse(f"a package of {len(parts)} parts; drafter reads at most {MAX_PARTS}",
                     f"文件包含 {len(parts)} 个部件；drafter 最多读取 {MAX_PARTS} 个")
    total = 0
    for part in parts:
        limit = MAX_XML_PART_BYTES if part.filename.endswith((".xml", ".rels")) else MAX_PART_BYTES
        if part.file_size > limit:
            raise refuse(f"the part {part.filename[:80]} unpacks to {part.file_size // MIB} MiB; "
                         f"drafter reads parts up to {limit // MIB} MiB",
                         f"部件 {part.filename[:80]} 解压后为 {part.file_size // MIB} MiB；"
                         f"drafter 只读取不超过 {limit // MIB} MiB 的部件")
        if part.file_size > MIB and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            ratio = part.file_size // max(part.compress_size, 1)
            raise refuse(f"the part {part.filename[:80]} unpacks {ratio} times larger than it is stored "
                         "(a zip bomb?)",
                         f"部件 {part.filename[:80]} 解压后是存储大小的 {ratio} 倍（可能是 zip 炸弹）")
        total += part.file_size
        if total > MAX_TOTAL_BYTES:
            raise refuse(f"the package unpacks to more than {MAX_TOTAL_BYTES // MIB} MiB",
                         f"文件解压后超过 {MAX_TOTAL_BYTES // MIB} MiB")
    # every XML part is unpacked once, whole (the sizes are checked above): its prolog is looked at for a DTD
    # here, and python-docx reads the same bytes; a part that cannot be unpacked whole is looked at up to its
    # root only, and reported when a reader needs it
    unpacked: dict[str, bytes] = {}
    for part in parts:
        if part.filename.endswith((".xml", ".rels")):
            try:
                if not (whole or part.filename.endswith(".rels") or part.filename == "[Content_Types].xml"):
                    raise NotImplementedError  # looked at up to its root, below
                blob = unpacked[part.filename] = archive.read(part)
                dtd = declares_dtd(io.BytesIO(blob))
            except Exception:  # noqa: BLE001 - BadZipFile (checksum), EOFError, zlib.error, NotImplementedError
                unpacked.pop(part.filename, None)
                try:
                    with archive.open(part) as stream:
                        dtd = declares_dtd(stream)
                except Exception:  # a damaged part: reported when a reader needs it, never unpacked otherwise
                    continue
            if dtd:
                raise refuse(f"the part {part.filename[:80]} declares a DTD (<!DOCTYPE>); Word documents "
                             "never do, and drafter, like LibreOffice, refuses such a file",
                             f"部件 {part.filename[:80]} 声明了 DTD（<!DOCTYPE>）；Word 文档从不如此，"
                             "drafter 与 LibreOffice 一样拒绝读取此类文件")
    if STRICT_MAIN in unpacked.get("_rels/.rels", b""):
        as_transitional(archive, unpacked)
    # the package's own catalogue is read here; the parts python-docx reads are checked (size, checksum)
    # as it reads them, and a damaged one is reported by open_docx; media nothing reads are never unpacked
    for part in parts:
        if not (part.filename.endswith(".rels") or part.filename == "[Content_Types].xml"):
            continue
        try:
            held = unpacked.get(part.filename)
            _check_package_xml(archive.read(part) if held is None else held, part.filename, refuse)
        except DrafterError:
            raise
        except Exception as exc:  # BadZipFile (checksum), EOFError, zlib.error, NotImplementedError (method)
            raise refuse(f"a damaged .docx (the part {part.filename[:80]} cannot be unpacked: {exc})",
                         f"已损坏的 .docx 文件（部件 {part.filename[:80]} 无法解压：{exc}）") from None
    return unpacked


# ISO/IEC 29500 Strict (Word's "Strict Open XML Document"): the parts of a Transitional .docx in namespaces of their
# own, and relationship types under them; read as their Transitional counterparts (the two names Strict changed, for
# the application properties, first). The package's own namespaces (relationships, content types) are shared.
STRICT_MAIN = b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
STRICT_URIS = (
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
     b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/", b"http://schemas.openxmlformats.org/officeDocument/2006/"),
    (b"http://purl.oclc.org/ooxml/drawingml/", b"http://schemas.openxmlformats.org/drawingml/2006/"),
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/schemaLibrary/main", b"http://schemas.openxmlformats.org/schemaLibrary/2006/main"),
)


def transitional(blob: bytes) -> bytes:
    """An XML part of a Strict package with the Transitional namespaces and relationship types."""
    if b"http://purl.oclc.org/ooxml/" not in blob:
        return blob
    for strict, transitional_uri in STRICT_URIS:
        blob = blob.replace(strict, transitional_uri)
    return blob


def as_transitional(archive: zipfile.ZipFile, unpacked: dict[str, bytes]) -> None:
    """Every XML part of a Strict package (its sizes checked), unpacked into ``unpacked`` and read as Transitional,
    so that python-docx and :mod:`drafter.word.parts` find the main document and its parts by their usual types."""
    for part in archive.infolist():
        if part.filename.endswith((".xml", ".rels")):
            try:
                blob = unpacked.get(part.filename)
                unpacked[part.filename] = transitional(archive.read(part) if blob is None else blob)
            except Exception:  # noqa: BLE001 - a damaged part: reported when a reader needs it, as above
                continue


_ROOT_START = re.compile(rb"<[A-Za-z_:]")
MAX_PROLOG_BYTES = MIB


def declares_dtd(stream: IO[bytes]) -> bool:
    """Whether an XML part has a document type declaration before its root element (read up to the root only).
    A prolog longer than MAX_PROLOG_BYTES counts as one: no Word part has one."""
    head = b""
    size = 4 * 1024  # the root element of a Word part starts within its first few hundred bytes
    while len(head) <= MAX_PROLOG_BYTES:
        chunk = stream.read(size)
        size = 64 * 1024
        head += chunk
        text = head
        if text.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: compare as text
            text = head.decode("utf-16", errors="ignore").encode("utf-8")
        root = _ROOT_START.search(text)
        prolog = text if root is None else text[: root.start()]
        if b"<!DOCTYPE" in prolog.upper():
            return True
        if root is not None or not chunk:
            return False
    return True


REQUIRED_ATTRIBUTES = {"Relationship": ("Id", "Type", "Target"), "Default": ("Extension", "ContentType"),
                       "Override": ("PartName", "ContentType")}


def _check_package_xml(xml: bytes, name: str, refuse: Callable[[str, str], DrafterError]) -> None:
    """Relationships and content types need all their attributes (python-docx fails late on one that lacks them)."""
    from lxml import etree

    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise refuse(f"a damaged .docx (the part {name[:80]} is not well-formed XML: {str(exc)[:100]})",
                     f"已损坏的 .docx 文件（部件 {name[:80]} 不是格式正确的 XML：{str(exc)[:100]}）") from None
    for element in root:
        if not isinstance(element.tag, str):
            continue
        local = element.tag.rsplit("}", 1)[-1]
        missing = [a for a in REQUIRED_ATTRIBUTES.get(local, ()) if not element.get(a)]
        if missing:
            raise refuse(f"a damaged .docx (a {local} in {name[:80]} has no {missing[0]})",
                         f"已损坏的 .docx 文件（{name[:80]} 中的 {local} 缺少 {missing[0]}）")


def open_docx(path: Path) -> Any:
    """Open a .docx with python-docx; a clear error (exit 3) for anything that is not one."""
    archive = open_archive(path)
    with archive:
        docx = open_checked(path, archive, check_archive(path, archive))
    return checked_document(path, docx)


def open_archive(path: Path, source: IO[bytes] | None = None) -> zipfile.ZipFile:
    """The zip archive of the .docx at ``path`` (read from ``source`` when given: the file's bytes, read once);
    a clear error (exit 3) for a file that is not one."""
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            raise DrafterError.unreadable(path, "not a regular file (a pipe or a device), not a .docx file",
                                          "不是普通文件（是管道或设备），不是 .docx 文件")
        with path.open("rb") as handle:
            head = handle.read(64)
    except FileNotFoundError:
        raise DrafterError.unreadable(path, "no such file", "没有此文件") from None
    except IsADirectoryError:
        raise DrafterError.unreadable(path, "is a folder, not a .docx file", "是文件夹，不是 .docx 文件") from None
    except OSError as exc:
        raise DrafterError.unreadable(path, f"cannot read: {exc.strerror}", f"无法读取（{reason_zh(exc)}）") from None
    if head.startswith(OLE_MAGIC):
        raise _ole_refusal(path)
    if head.startswith(b"%PDF"):
        raise DrafterError.unreadable(path, "a PDF file, not a .docx; check the Word file it was made from",
                                      "这是 PDF 文件，不是 .docx；请使用生成它的 Word 文件")
    if head.startswith(b"{\\rtf"):
        raise DrafterError.unreadable(path, f"an RTF file, not a .docx; {SAVE_AS}", f"这是 RTF 文件，不是 .docx；{SAVE_AS_ZH}")
    if _web_page(head):
        raise DrafterError.unreadable(path, f"a web page (HTML), not a .docx; {SAVE_AS}",
                                      f"这是网页（HTML）文件，不是 .docx；{SAVE_AS_ZH}")
    if not head.startswith(b"PK"):
        raise DrafterError.unreadable(path, "not a .docx file (a .docx is a zip archive)",
                                      "不是 .docx 文件（.docx 文件是 zip 压缩包）")
    try:
        archive = zipfile.ZipFile(path if source is None else source)
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise DrafterError.unreadable(path, "a damaged .docx (the zip archive is truncated or corrupt)",
                                      "已损坏的 .docx 文件（zip 压缩包不完整或已损坏）") from None
    other = _other_package(archive)
    if other is not None:
        archive.close()
        raise DrafterError.unreadable(path, f"{other[0]}, not a .docx; {SAVE_AS}", f"{other[1]}，不是 .docx；{SAVE_AS_ZH}")
    return archive


SAVE_AS = "open it and save it as a Word document (.docx), then check that file"
SAVE_AS_ZH = "请打开后另存为 Word 文档（.docx），再检查该文件"
# what a zip archive that is no Word document holds, by a part only it has: (part, what it is in both languages)
OTHER_PACKAGES = (("xl/workbook.xml", "an Excel workbook", "这是 Excel 工作簿"),
                  ("ppt/presentation.xml", "a PowerPoint presentation", "这是 PowerPoint 演示文稿"),
                  ("Index/Document.iwa", "an Apple Pages document", "这是 Apple Pages 文稿"))
ODF_TEXT = "application/vnd.oasis.opendocument.text"


OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # a compound file: Word 97–2003's .doc, WPS's .wps, or a password-protected .docx
OLE_SCAN = 8 * 1024 * 1024  # the bytes of a compound file searched for the name of its main stream


def _ole_refusal(path: Path) -> DrafterError:
    """The refusal of a compound file, saying which it is when its streams tell: a password-protected Word document
    (an "EncryptedPackage" stream) or a Word 97–2003 document (a "WordDocument" stream)."""
    try:
        with path.open("rb") as handle:
            content = handle.read(OLE_SCAN)
    except OSError:
        content = b""
    if "EncryptedPackage".encode("utf-16-le") in content:
        return DrafterError.unreadable(path, "a password-protected document; remove the password in Word (File > "
                                       "Info > Protect Document) and check the file it saves",
                                       "受密码保护的文档；请在 Word 中取消密码（文件 > 信息 > 保护文档）后，检查保存的文件")
    if "WordDocument".encode("utf-16-le") in content:
        return DrafterError.unreadable(path, "an old Word 97–2003 document (.doc), not a .docx; open it in Word, "
                                       "WPS or LibreOffice and save it as .docx (Word Document), then check that file",
                                       "旧版 Word 97–2003 文档（.doc），不是 .docx；请在 Word、WPS 或 LibreOffice 中打开并另存为 .docx"
                                       "（Word 文档），再检查该文件")
    return DrafterError.unreadable(path, "an encrypted (password-protected) document or an old binary .doc file; "
                                   "save it as an unprotected .docx and check again",
                                   "加密（受密码保护）的文档或旧版二进制 .doc 文件；请另存为未加密的 .docx 后再试")


def _web_page(head: bytes) -> bool:
    """Whether a file's first bytes open an HTML page (a draft saved from Google Docs or a browser as a web page)."""
    opening = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return opening.startswith((b"<!doctyp", b"<html", b"<head", b"<meta"))


def _other_package(archive: zipfile.ZipFile) -> tuple[str, str] | None:
    """What a zip archive is when it is another application's document rather than a Word one (an OpenDocument
    text from LibreOffice or WPS, a workbook, a presentation, a Pages document), in English and Chinese; None for
    an archive that may be a .docx."""
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return None
    if "mimetype" in names and "content.xml" in names:
        try:
            kind = archive.read("mimetype")[:80].decode("ascii", "replace").strip()
        except (zipfile.BadZipFile, EOFError, ValueError, zlib.error):
            kind = ""
        if kind == ODF_TEXT:
            return ("an OpenDocument text (.odt, as LibreOffice or WPS saves it)",
                    "这是 OpenDocument 文本（.odt，LibreOffice 或 WPS 保存的格式）")
        return "an OpenDocument file", "这是 OpenDocument 文件"
    for part, english, chinese in OTHER_PACKAGES:
        if part in names:
            return english, chinese
    return None


def checked_document(path: Path, docx: Any) -> Any:
    """``docx`` (opened by python-docx) when it is a Word document with a body and a styles part; a clear error
    (exit 3) otherwise."""
    if docx.element.tag != f"{W}document":
        main = docx.element.tag.split("}")[-1]
        raise DrafterError.unreadable(path, f"not a Word document (its main part is <{main}>, not <w:document>)",
                                      f"不是 Word 文档（主部件是 <{main}>，不是 <w:document>）")
    if docx.element.find(f"{W}body") is None:
        raise DrafterError.unreadable(path, "a damaged Word document (it has no body)", "已损坏的 Word 文档（没有正文）")
    try:
        docx.styles.element  # noqa: B018 - python-docx gives a plain part when the content type is wrong
    except AttributeError:
        raise DrafterError.unreadable(path, "a damaged Word document (its styles part has the wrong content type)",
                                      "已损坏的 Word 文档（样式部件的内容类型有误）") from None
    return docx


class _Unpacked:
    """python-docx's reader of a zip package (its ``PhysPkgReader`` interface) over an archive drafter has
    opened and checked: the parts already unpacked are handed over, the others read from the archive."""

    def __init__(self, archive: zipfile.ZipFile, unpacked: dict[str, bytes]) -> None:
        self.archive = archive
        self.unpacked = unpacked

    def blob_for(self, pack_uri: Any) -> bytes:
        name = pack_uri.membername
        blob = self.unpacked.pop(name, None)
        return blob if blob is not None else self.archive.read(name)

    @property
    def content_types_xml(self) -> bytes:
        from docx.opc.packuri import CONTENT_TYPES_URI

        return self.blob_for(CONTENT_TYPES_URI)

    def rels_xml_for(self, source_uri: Any) -> bytes | None:
        try:
            return self.blob_for(source_uri.rels_uri)
        except KeyError:
            return None

    def close(self) -> None:
        """Nothing: the archive is closed by whoever opened it."""


def _reader_parts_present(opc: Any, unmarshaller: Any) -> bool:
    """Whether this python-docx has the package-reader pieces ``open_checked`` hands the unpacked parts to (they
    are not its public interface, so a later release may lack them)."""
    reader = getattr(opc, "PackageReader", None)
    return (unmarshaller is not None and reader is not None and hasattr(unmarshaller, "unmarshal")
            and hasattr(getattr(opc, "_ContentTypeMap", None), "from_xml")
            and all(hasattr(reader, name) for name in ("_srels_for", "_load_serialized_parts")))


def _open_public(path: Path) -> Any:
    """``docx.Document(path)``: python-docx opens the file itself."""
    from docx import Document as open_document

    return open_document(str(path))


def open_checked(path: Path, archive: zipfile.ZipFile, unpacked: dict[str, bytes]) -> Any:
    """The python-docx document of a checked package, each part unpacked once: what ``docx.Document(path)``
    does, with the archive already open; a clear error (exit 3) for a damaged one."""
    # loaded on use, as python-docx is: its package reader, given drafter's reader of the open archive
    import docx.opc.package
    import docx.opc.pkgreader
    from docx.opc.constants import CONTENT_TYPE
    from docx.opc.packuri import PACKAGE_URI
    from docx.opc.part import PartFactory
    from docx.package import Package

    opc: Any = docx.opc.pkgreader  # python-docx's package reader has no type hints
    unmarshaller: Any = getattr(docx.opc.package, "Unmarshaller", None)
    try:
        if not _reader_parts_present(opc, unmarshaller):  # another python-docx: its public way, parts read twice
            return _open_public(path)
        phys = _Unpacked(archive, unpacked)
        content_types = opc._ContentTypeMap.from_xml(phys.content_types_xml)
        package_rels = opc.PackageReader._srels_for(phys, PACKAGE_URI)
        parts = opc.PackageReader._load_serialized_parts(phys, package_rels, content_types)
        package = Package()
        unmarshaller.unmarshal(opc.PackageReader(content_types, package_rels, parts), package, PartFactory)
        document_part = package.main_document_part
        if document_part.content_type != CONTENT_TYPE.WML_DOCUMENT_MAIN:
            raise ValueError(f"file '{path}' is not a Word file, content type is '{document_part.content_type}'")
        return document_part.document
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:  # a checksum, a truncated or a broken part
        raise DrafterError.unreadable(path, f"a damaged .docx (the zip archive is corrupt: {str(exc)[:100]})",
                                      f"已损坏的 .docx 文件（zip 压缩包已损坏：{str(exc)[:100]}）") from None
    except KeyError as exc:
        if "no relationship of type" in str(exc) and "officeDocument" in str(exc):  # python-docx's main_document_part
            raise DrafterError(f"{path}: not a Word document (the package names no main document: _rels/.rels has "
                               "no officeDocument relationship Word reads)", ExitStatus.UNREADABLE,
                               zh=f"{path}：不是 Word 文档（文件包没有指明主文档：_rels/.rels 中没有 Word 可读的 "
                                  "officeDocument 关系）") from None
        raise DrafterError.unreadable(path, f"not a Word document (missing part {exc})",
                                      f"不是 Word 文档（缺少部件 {exc}）") from None
    except Exception as exc:  # python-docx raises assorted errors for malformed packages
        raise DrafterError.unreadable(path,
                                      f"cannot be read as a Word document ({type(exc).__name__}: {str(exc)[:200]})",
                                      f"无法作为 Word 文档读取（{type(exc).__name__}：{str(exc)[:200]}）") from None
