"""The curl samples of the ClickSend documentation (`../shared/seeds/002_*.txt`), cut out and matched to the spec.

    from conformance.tests.clicksend.curl_samples import samples
    for sample in samples():                 # every curl sample of the document, in its order
        sample.section, sample.line          # "Contact List", 2206
        sample.heading                       # ("GET", "/lists") : the endpoint line the docs give after it
        sample.method, sample.url            # what the command itself asks for
        sample.headers, sample.body          # its --header values and its --data-binary / --data text

The document is the vendor's HTML reference after a text extraction, which broke the samples in ways a shell
would not read: a command is split over several ``` blocks, with blank lines between its lines and spaces after
the `\\` that continues a line (so the `\\` would escape a space instead of the line end). The reading here undoes
that and nothing else: every line loses its trailing spaces, and a command goes on past blank lines and block
fences while it ends in `\\` or inside an open quote. What is left is split as POSIX `sh` would (`shlex`), so a
body keeps what the sample writes (escaped quotes unescaped, stray braces kept).

A sample belongs to the top-level section the document puts it in (the table of contents names the sections) and
to the operation of the endpoint line (`GET <https://rest.clicksend.com/v3/lists>`) that follows it.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from conformance.spec_index import SpecIndex, SpecOperation
from conformance.vendor_docs import vendor_docs

DOCS_BASE = "https://rest.clicksend.com/v3"
FENCE = "```"
# The table of contents: "- [Account](#)" for a section, " - [POSTCreate Account](#)" for an operation (some
# operations lost their indent in the extraction, but keep their method prefix).
TOC_ENTRY = re.compile(r"^(?P<indent> ?)- \[(?P<title>.*)\]\(#\)\s*$")
OPERATION_TITLE = re.compile(r"^(GET|POST|PUT|DEL)")
ENDPOINT_LINE = re.compile(r"^(?P<method>GET|POST|PUT|DELETE|PATCH) +<?(?P<url>https?://[^\s>]+)>?\s*$")


@dataclass(frozen=True)
class Sample:
    """One curl command of the document, as a shell would read it once the extraction's damage is undone."""

    section: str  # the top-level section it is in ("Contact List")
    line: int  # the 1-based line of its `curl`
    text: str  # the command as joined (one shell command)
    argv: tuple[str, ...]  # the command split as `sh` would
    heading: tuple[str, str] | None  # (method, path under /v3) of the endpoint line after it, if any

    @property
    def options(self) -> list[tuple[str, str | None]]:
        """(option, value) of each argument; a bare URL is ("", url)."""
        found: list[tuple[str, str | None]] = []
        words = list(self.argv[1:])
        while words:
            word = words.pop(0)
            if word in VALUED_OPTIONS:
                found.append((VALUED_OPTIONS[word], words.pop(0) if words else None))
            elif word.startswith("-"):
                found.append((word, None))
            else:
                found.append(("", word))
        return found

    @property
    def url(self) -> str:
        urls = [value for option, value in self.options if option == "" and value is not None]
        if len(urls) != 1:
            raise ValueError(f"line {self.line}: {len(urls)} URLs in {self.text!r}")
        return urls[0]

    @property
    def body(self) -> str | None:
        bodies = [value for option, value in self.options if option == "--data-binary" and value is not None]
        return bodies[-1] if bodies else None

    @property
    def method(self) -> str:
        """What curl sends: `--request`, else POST when there is a body, else GET."""
        methods = [value for option, value in self.options if option == "--request" and value is not None]
        if methods:
            return methods[-1].upper()
        return "POST" if self.body is not None else "GET"

    @property
    def headers(self) -> list[str]:
        return [value for option, value in self.options if option == "--header" and value is not None]

    @property
    def path(self) -> str:
        """The URL's path under the API's base URL (`/lists/{list_id}`), placeholders as written."""
        return path_under_base(self.url)

    @property
    def query(self) -> str:
        return urlsplit(self.url).query


# curl's options that take a value, by every spelling the document uses, with the name they are read as.
VALUED_OPTIONS = {
    "--request": "--request",
    "-X": "--request",
    "--header": "--header",
    "-H": "--header",
    "--data-binary": "--data-binary",
    "--data": "--data-binary",
    "--data-raw": "--data-binary",
    "-d": "--data-binary",
}


def path_under_base(url: str) -> str:
    """`https://rest.clicksend.com/v3/lists/{list_id}?x=1` -> `/lists/{list_id}` (unquoted, placeholders kept)."""
    parts = urlsplit(url)
    path = parts.path
    base = urlsplit(DOCS_BASE).path
    if path == base or path.startswith(base + "/"):
        path = path[len(base) :]
    return path.rstrip("/") or "/"


def docs_file() -> Path:
    (seed,) = (vendor_docs() / "seeds").glob("002_*.txt")
    return seed


@cache
def samples(path: Path | None = None) -> tuple[Sample, ...]:
    """Every curl sample of the document (the seed file, or `path`), in order."""
    lines = [line.rstrip() for line in (path or docs_file()).read_text(encoding="utf-8").split("\n")]
    sections = section_starts(lines)
    found: list[Sample] = []
    i = 0
    in_block = False
    while i < len(lines):
        line = lines[i]
        if line.strip().startswith(FENCE):
            in_block = not in_block
            i += 1
            continue
        if in_block and re.match(r"^\s*curl\s", line):
            start = i
            text, i, in_block = join_command(lines, i)
            found.append(
                Sample(
                    section=section_at(sections, start),
                    line=start + 1,
                    text=text,
                    argv=split(text),
                    heading=heading_after(lines, i),
                )
            )
            continue
        i += 1
    return tuple(found)


def split(text: str) -> tuple[str, ...]:
    """The words of a command, as `sh` splits them; none when it cannot (a quote left open)."""
    try:
        return tuple(shlex.split(text))
    except ValueError:
        return ()


def join_command(lines: list[str], start: int) -> tuple[str, int, bool]:
    """The command that starts at `lines[start]` (inside a code block) as one shell command, the index of the
    line after it and whether that line is inside a code block.

    It goes on while its text ends in a continuing `\\` or inside an open quote, past blank lines and into the
    next code block; prose outside a block ends it (a `\\` left at its end is dropped)."""
    parts: list[str] = []
    in_block = True
    i = start
    while i < len(lines):
        line = lines[i]
        if line.strip().startswith(FENCE):
            in_block = not in_block
            i += 1
            continue
        if not line.strip():
            i += 1
            continue
        if not in_block:
            break
        parts.append(line)
        i += 1
        quote, continued = line_state("\n".join(parts))
        if quote is None and not continued:
            break
    text = "\n".join(parts)
    return without_continuations(text.removesuffix("\\")), i, in_block


def without_continuations(text: str) -> str:
    """`text` without the `\\` + line end pairs that continue a line (outside single quotes, as `sh` reads)."""
    kept: list[str] = []
    quote: str | None = None
    index = 0
    while index < len(text):
        char = text[index]
        if quote != "'" and char == "\\" and index + 1 < len(text):
            if text[index + 1] != "\n":
                kept.append(text[index : index + 2])
            index += 2
            continue
        if quote is None and char in "'\"":
            quote = char
        elif char == quote:
            quote = None
        kept.append(char)
        index += 1
    return "".join(kept)


def line_state(text: str) -> tuple[str | None, bool]:
    """After `text`: the quote left open (`'`, `"` or None) and whether it ends in a continuing `\\`."""
    quote: str | None = None
    escaped = False
    for char in text:
        if escaped:
            escaped = False
            continue
        if quote == "'":
            if char == "'":
                quote = None
        elif char == "\\":
            escaped = True
        elif quote == '"':
            if char == '"':
                quote = None
        elif char in "'\"":
            quote = char
    return quote, escaped


def section_starts(lines: list[str]) -> list[tuple[int, str]]:
    """(line index, title) of each top-level section the table of contents names and the body has a line for."""
    titles: list[str] = []
    end_of_toc = 0
    for index, line in enumerate(lines):
        entry = TOC_ENTRY.match(line)
        if entry:
            end_of_toc = index + 1
            title = entry.group("title")
            if not entry.group("indent") and not OPERATION_TITLE.match(title):
                titles.append(title)
        elif line.strip() and end_of_toc:
            break
    starts: list[tuple[int, str]] = []
    position = end_of_toc
    for title in titles:
        for index in range(position, len(lines)):
            line = lines[index].strip()
            if line == title or (title in LOST_TITLES and line.startswith(LOST_TITLES[title])):
                starts.append((index, title))
                position = index + 1
                break
    return starts


# Sections whose title line the extraction lost from the body: the line their section starts with instead.
LOST_TITLES = {"Master Email Templates": "Master templates are templates that you can clone"}


def section_at(starts: list[tuple[int, str]], index: int) -> str:
    current = ""
    for start, title in starts:
        if start > index:
            break
        current = title
    return current


def heading_after(lines: list[str], index: int) -> tuple[str, str] | None:
    """The endpoint line (method, path under /v3) after `lines[index]`, before the next curl sample."""
    for line in lines[index:]:
        if re.match(r"^\s*curl\s", line):
            return None
        endpoint = ENDPOINT_LINE.match(line.strip())
        if endpoint:
            return endpoint.group("method"), path_under_base(endpoint.group("url"))
    return None


def section_tag(section: str) -> str:
    """The spec tag a section of the document becomes ("Contact List" -> "contact-list")."""
    return section.lower().replace(" ", "-")


def request_line(sample: Sample) -> tuple[str, str] | None:
    """(method, path under /v3) the command itself asks for; None when it is no command with one URL."""
    if not sample.argv:
        return None
    try:
        return sample.method, sample.path
    except ValueError:
        return None


def matching_operation(spec: SpecIndex, method: str, path: str) -> SpecOperation | None:
    """The spec's operation of `method` whose path template `path` fits (placeholders fit any one segment);
    of several, the one with the fewest parameters (`/sms/cancel-all` over `/sms/{message_id}`)."""
    fitting = [
        operation
        for operation in spec.operations
        if operation.method == method and re.fullmatch(template_pattern(operation.route), path)
    ]
    return min(fitting, key=lambda operation: operation.route.count("{"), default=None)


def template_pattern(route: str) -> str:
    return "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}]+\})", route))


def operation_of(spec: SpecIndex, sample: Sample) -> SpecOperation | None:
    """The operation a sample documents: that of the endpoint line after it, else that of its own request."""
    for endpoint in (sample.heading, request_line(sample)):
        if endpoint is not None:
            operation = matching_operation(spec, *endpoint)
            if operation is not None:
                return operation
    return None
