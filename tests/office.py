"""LibreOffice as a second resolver of tracked changes: "Accept All" and "Reject All", headless.

UNO is not importable from the project's Python (Debian ships it for the system Python only), so the work is
done by a Basic macro in a private LibreOffice profile: ``soffice --headless "macro:///Standard.Drafter.Resolve(
JOBS)"`` reads a job list (one ``how<TAB>in.docx<TAB>out.docx`` a line, ``how`` one of accept, reject, same),
opens each document hidden, dispatches ``.uno:AcceptAllTrackedChanges`` or ``.uno:RejectAllTrackedChanges``
(``same``: nothing) and saves it as .docx. One LibreOffice process serves a whole job list.

``same`` exists because LibreOffice's own round trip changes a few characters (a non-breaking hyphen is saved as
a hyphen): what "Reject All" gives is compared with the old version saved by LibreOffice, not with the file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from drafter.word import reader

MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Drafter" script:language="StarBasic">
Sub Resolve(jobs As String)
  Dim n As Integer, line As String, parts
  n = FreeFile()
  Open jobs For Input As #n
  Do While Not EOF(n)
    Line Input #n, line
    If Len(line) &gt; 0 Then
      parts = Split(line, Chr(9))
      One(parts(0), parts(1), parts(2))
    End If
  Loop
  Close #n
  StarDesktop.terminate()
End Sub

Sub One(how As String, inPath As String, outPath As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(inPath), "_blank", 0, args())
  Dim helper As Object
  helper = createUnoService("com.sun.star.frame.DispatchHelper")
  If how = "accept" Then
    helper.executeDispatch(doc.getCurrentController().getFrame(), ".uno:AcceptAllTrackedChanges", "", 0, Array())
  ElseIf how = "reject" Then
    helper.executeDispatch(doc.getCurrentController().getFrame(), ".uno:RejectAllTrackedChanges", "", 0, Array())
  End If
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = "FilterName"
  out(0).Value = "MS Word 2007 XML"
  doc.storeToURL(ConvertToURL(outPath), out())
  doc.close(True)
End Sub
</script:module>
"""

LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Module1"/>
 <library:element library:name="Drafter"/>
</library:library>
"""


def soffice() -> str | None:
    """The LibreOffice program; None when it is not installed (a failure on CI, where it must be)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found and os.environ.get("CI"):
        pytest.fail("soffice is required in CI (.ci/run installs libreoffice-writer-nogui)")
    return found


class Office:
    """A private LibreOffice profile holding the resolving macro."""

    def __init__(self, program: str, folder: Path) -> None:
        self.program = program
        self.folder = folder
        self.profile = folder / "profile"
        # the first start writes the profile; the macro is added to it afterwards (a start overwrites a
        # Basic folder it did not make)
        self._soffice("--terminate_after_init")
        standard = self.profile / "user" / "basic" / "Standard"
        (standard / "Drafter.xba").write_text(MODULE, encoding="utf-8")
        (standard / "script.xlb").write_text(LIBRARY, encoding="utf-8")
        self.runs = 0

    def _soffice(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([self.program, f"-env:UserInstallation={self.profile.as_uri()}", "--headless",
                               "--norestore", *args], capture_output=True, text=True, timeout=900)

    def resolve(self, jobs: list[tuple[str, Path, Path]]) -> None:
        """Run (how, in.docx, out.docx) jobs in one LibreOffice process; every output must then exist. Jobs left
        undone (a LibreOffice that stopped early, as a loaded machine sometimes sees) are tried once more."""
        done = None
        for _ in range(2):
            todo = [job for job in jobs if not job[2].exists()]
            if not todo:
                return
            self.runs += 1
            listing = self.folder / f"jobs-{self.runs}.txt"
            listing.write_text("".join(f"{how}\t{src}\t{out}\n" for how, src, out in todo), encoding="utf-8")
            done = self._soffice(f'macro:///Standard.Drafter.Resolve("{listing}")')
        missing = [str(out) for _, _, out in jobs if not out.exists()]
        assert not missing, (f"LibreOffice wrote nothing for {missing[:3]} (exit {done.returncode if done else '?'}; "
                             f"{(done.stderr if done else '')[-500:]})")


def texts(path: Path) -> list[str]:
    """The document's non-empty paragraphs as a reader sees them (a Word numbering label before its text)."""
    return [(p.label + " " + p.text).strip() for p in reader.read(path).paragraphs if p.text.strip()]
