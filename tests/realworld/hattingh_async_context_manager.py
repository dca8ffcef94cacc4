# source: Caleb Hattingh, "Using Asyncio in Python" (O'Reilly 2020), ch. 3 "Async Context Managers: async with", Examples 3-19 to 3-22
# adapted: the network calls (get_conn, download_webpage, update_stats) are mocks that sleep or compute instead of doing I/O
import asyncio
import time
from contextlib import contextmanager, asynccontextmanager


# --- Example 3-19: an async context manager written as a class
class Conn:
    def __init__(self, host, port):
        self.host = host
        self.port = port
        self.open = True

    async def close(self):
        await asyncio.sleep(0.01)
        self.open = False
        print(f'  conn to {self.host}:{self.port} closed')


async def get_conn(host, port):
    await asyncio.sleep(0.02)
    print(f'  connected to {host}:{port}')
    return Conn(host, port)


class Connection:
    def __init__(self, host, port):
        self.host = host
        self.port = port

    async def __aenter__(self):
        self.conn = await get_conn(self.host, self.port)
        return self.conn

    async def __aexit__(self, exc_type, exc, tb):
        await self.conn.close()


async def example_3_19():
    async with Connection('localhost', 9001) as conn:
        print('  doing stuff with conn, open =', conn.open)
    print('  after the block, open =', conn.open)


# --- Example 3-20: the blocking way, with @contextmanager
def download_webpage(url):
    time.sleep(0.01)  # stands in for a blocking download
    return f'<html>{url}</html>'


def update_stats(url):
    print(f'  stats updated for {url}')


def process(data):
    print(f'  processing {data!r} ({len(data)} chars)')


@contextmanager
def web_page_sync(url):
    data = download_webpage(url)
    yield data
    update_stats(url)


# --- Example 3-21: the non-blocking way, with @asynccontextmanager
async def download_webpage_async(url):
    await asyncio.sleep(0.02)
    return f'<html>{url}</html>'


async def update_stats_async(url):
    await asyncio.sleep(0.01)
    print(f'  stats updated for {url} (async)')


@asynccontextmanager
async def web_page(url):
    data = await download_webpage_async(url)
    yield data
    await update_stats_async(url)


# --- Example 3-22: the blocking calls moved into the executor
@asynccontextmanager
async def web_page_executor(url):
    loop = asyncio.get_event_loop()
    data = await loop.run_in_executor(None, download_webpage, url)
    yield data
    await loop.run_in_executor(None, update_stats, url)


async def main():
    print('Example 3-19')
    await example_3_19()

    print('Example 3-20')
    with web_page_sync('google.com') as data:
        process(data)

    print('Example 3-21')
    async with web_page('google.com') as data:
        process(data)

    print('Example 3-22')
    async with web_page_executor('google.com') as data:
        process(data)


asyncio.run(main())
