# source: https://realpython.com/async-io-python/ ("A Full Program: Asynchronous Requests": areq.py, which fetches URLs with aiohttp, parses href links with a regex, and appends "source<TAB>link" lines to foundurls.txt with aiofiles)
# adapted: aiohttp -> FakeSession serving a fixed in-memory web (latencies are distinct multiples of 7 ms, one page 404s, one raises a non-aiohttp error); aiofiles -> an in-memory "file" printed at the end; logging goes to stdout without timestamps and asyncio's own DEBUG line (which names the platform's selector) is silenced; the links of a page are written sorted (the original iterates a set, whose order varies between runs).
import asyncio
import logging
import re
import sys
from typing import IO
import urllib.error
import urllib.parse

logging.basicConfig(
    format="%(levelname)s:%(name)s: %(message)s",
    level=logging.DEBUG,
    datefmt="%H:%M:%S",
    stream=sys.stdout,
)
logger = logging.getLogger("areq")
logging.getLogger("asyncio").setLevel(logging.WARNING)
logging.getLogger("chardet.charsetprober").disabled = True

HREF_RE = re.compile(r'href="(.*?)"')

STEP = 0.007

WEB = {
    "https://regex101.com/": (3, 200, '<a href="/quiz">quiz</a> <a href="https://docs.python.org/3/">docs</a>'
                                      ' <a href="/library">library</a> <a href="/quiz">again</a>'),
    "https://docs.python.org/3/this-url-will-404.html": (1, 404, "Not Found"),
    "https://www.nytimes.com/guides/": (5, 200, '<a href="/section/world">World</a>'
                                               ' <a href="https://www.nytimes.com/">home</a>'
                                               ' <link href="style.css">'),
    "https://www.mediamatters.org/": (2, 200, "<p>no links here</p>"),
    "https://1.1.1.1/": (4, 200, '<a href="https://developers.cloudflare.com/1.1.1.1/">docs</a>'),
    "https://www.politico.com/tipsheets/morning-money": (6, 200, '<a href="../../newsletters">news</a>'
                                                               ' <a href="morning-money/2019">archive</a>'),
    "https://www.bloomberg.com/markets/economics": (7, 'error', None),
}


class ClientError(Exception):
    pass


class ClientResponseError(ClientError):
    def __init__(self, status, message):
        super().__init__(status, message)
        self.status = status
        self.message = message


class FakeResponse:
    def __init__(self, url, status, body):
        self.url = url
        self.status = status
        self._body = body

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.status, "Not Found")

    async def text(self):
        await asyncio.sleep(0)
        return self._body


class ClientSession:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        return False

    async def request(self, method, url, **kwargs):
        delay, status, body = WEB[url]
        await asyncio.sleep(delay * STEP)
        if status == 'error':
            err = ConnectionAbortedError("connection dropped")
            err.detail = 'peer reset'
            raise err
        return FakeResponse(url, status, body)


class MemoryFile:
    def __init__(self):
        self.lines = []

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        return False

    async def write(self, text):
        await asyncio.sleep(0)
        self.lines.append(text)


FILES = {}


def aiofiles_open(file, mode):
    return FILES.setdefault(file, MemoryFile())


async def fetch_html(url: str, session: ClientSession, **kwargs) -> str:
    """GET request wrapper to fetch page HTML.

    kwargs are passed to `session.request()`.
    """

    resp = await session.request(method="GET", url=url, **kwargs)
    resp.raise_for_status()
    logger.info("Got response [%s] for URL: %s", resp.status, url)
    html = await resp.text()
    return html


async def parse(url: str, session: ClientSession, **kwargs) -> set:
    """Find HREFs in the HTML of `url`."""
    found = set()
    try:
        html = await fetch_html(url=url, session=session, **kwargs)
    except ClientError as e:
        logger.error(
            "aiohttp exception for %s [%s]: %s",
            url,
            getattr(e, "status", None),
            getattr(e, "message", None),
        )
        return found
    except Exception as e:
        logger.error(
            "Non-aiohttp exception occured:  %s", getattr(e, "__dict__", {})
        )
        return found
    else:
        for link in HREF_RE.findall(html):
            try:
                abslink = urllib.parse.urljoin(url, link)
            except (urllib.error.URLError, ValueError):
                logger.exception("Error parsing URL: %s", link)
                pass
            else:
                found.add(abslink)
        logger.info("Found %d links for %s", len(found), url)
        return found


async def write_one(file: IO, url: str, **kwargs) -> None:
    """Write the found HREFs from `url` to `file`."""
    res = await parse(url=url, **kwargs)
    if not res:
        return None
    async with aiofiles_open(file, "a") as f:
        for p in sorted(res):
            await f.write(f"{url}\t{p}\n")
        logger.info("Wrote results for source URL: %s", url)


async def bulk_crawl_and_write(file: IO, urls: set, **kwargs) -> None:
    """Crawl & write concurrently to `file` for multiple `urls`."""
    async with ClientSession() as session:
        tasks = []
        for url in urls:
            tasks.append(
                write_one(file=file, url=url, session=session, **kwargs)
            )
        await asyncio.gather(*tasks)


if __name__ == "__main__":
    import pathlib

    assert sys.version_info >= (3, 7), "Script requires Python 3.7+."
    here = pathlib.Path("urls.txt")

    # urls.txt, one URL per line
    urls = list(WEB)

    outpath = "foundurls.txt"
    f = aiofiles_open(outpath, "w")
    f.lines.append("source_url\tparsed_url\n")

    asyncio.run(bulk_crawl_and_write(file=outpath, urls=urls))

    print(f"--- {outpath}")
    print("".join(FILES[outpath].lines), end="")
