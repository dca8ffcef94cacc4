# source: Luciano Ramalho, "Fluent Python" 2nd ed. (O'Reilly 2022), ch. 20 "Concurrent Executors" / ch. 21 "Asynchronous Programming": flags2_asyncio.py and flags3_asyncio.py with flags2_common.py (semaphore-throttled downloads with as_completed, error handling, chained get_flag/get_country), https://github.com/fluentpython/example-code-2e/tree/master/20-executors/getflags
# adapted: httpx.AsyncClient -> FakeClient serving the "ERROR" test server offline (seeded latencies, random.seed(20); flag latencies are distinct multiples of 5 ms, metadata takes 2.5 ms, some codes 404, some 418/500/502, one timeout); save_flag() only records the file name instead of writing it; asyncio.to_thread(save_flag) -> a direct call; tqdm is not used (runs are -v verbose); argparse -> fixed runs; the final report omits the elapsed time.
import asyncio
import random
from collections import Counter
from enum import Enum
from http import HTTPStatus
from pathlib import Path

DownloadStatus = Enum('DownloadStatus', 'OK NOT_FOUND ERROR')

POP20_CC = ('CN IN US ID BR PK NG BD RU JP '
            'MX PH VN ET EG DE IR TR CD FR').split()

SERVERS = {
    'REMOTE': 'https://www.fluentpython.com/data/flags',
    'LOCAL':  'http://localhost:8000/flags',
    'DELAY':  'http://localhost:8001/flags',
    'ERROR':  'http://localhost:8002/flags',
}

COUNTRIES = {'BD': 'Bangladesh', 'BR': 'Brazil', 'CD': 'Congo, The Democratic Republic of the',
             'CN': 'China', 'DE': 'Germany', 'EG': 'Egypt', 'ET': 'Ethiopia', 'FR': 'France',
             'ID': 'Indonesia', 'IN': 'India', 'IR': 'Iran', 'JP': 'Japan', 'MX': 'Mexico',
             'NG': 'Nigeria', 'PH': 'Philippines', 'PK': 'Pakistan', 'RU': 'Russia',
             'TR': 'Turkey', 'US': 'United States', 'VN': 'Vietnam'}

SAVED = []
UNIT = 0.005


def save_flag(img: bytes, filename: str) -> None:
    SAVED.append((filename, len(img)))


# ---------------- a fake httpx ----------------
class HTTPError(Exception):
    def __init__(self, message, *, request):
        super().__init__(message)
        self.request = request


class RequestError(HTTPError):
    pass


class ReadTimeout(RequestError):
    pass


class HTTPStatusError(HTTPError):
    def __init__(self, message, *, request, response):
        super().__init__(message, request=request)
        self.response = response


class URL:
    def __init__(self, url):
        self._url = url

    def __str__(self):
        return self._url


class Request:
    def __init__(self, method, url):
        self.method = method
        self.url = URL(url)


class Response:
    def __init__(self, status_code, request, content=b''):
        self.status_code = status_code
        self.request = request
        self.url = request.url
        self.content = content
        self.reason_phrase = HTTPStatus(status_code).phrase

    def raise_for_status(self):
        if self.status_code >= 400:
            message = f"Client error '{self.status_code} {self.reason_phrase}' for url '{self.url}'"
            raise HTTPStatusError(message, request=self.request, response=self)

    def json(self):
        cc = str(self.url).split('/')[-2].upper()
        return {'country': COUNTRIES[cc], 'cc': cc}


class FakeClient:
    def __init__(self, plan):
        self.plan = plan
        self.requests = 0

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        return False

    async def get(self, url, timeout=None, follow_redirects=False):
        self.requests += 1
        cc = url.split('/')[-2].upper()
        latency, status = self.plan[cc]
        request = Request('GET', url)
        if status == 'timeout':
            await asyncio.sleep(timeout)
            raise ReadTimeout('timed out', request=request)
        if url.endswith('metadata.json'):
            latency = UNIT / 2
        await asyncio.sleep(latency)
        return Response(status, request, content=b'GIF89a' + cc.encode())


TIMEOUT = 21.5 * UNIT


def make_plan(cc_list):
    global TIMEOUT
    TIMEOUT = (len(cc_list) + 3.5) * UNIT
    random.seed(20)
    slots = random.sample(range(1, len(cc_list) + 1), len(cc_list))
    plan = {}
    for cc, slot in zip(sorted(cc_list), slots):
        status = random.choice([200, 200, 200, 200, 200, 404, 418, 500, 502])
        plan[cc] = (slot * UNIT, status)
    if len(cc_list) > 2:
        plan[sorted(cc_list)[-3]] = (0, 'timeout')
    return plan


# ---------------- flags2_asyncio.py ----------------
async def get_flag(session: FakeClient, base_url: str, cc: str) -> bytes:
    url = f'{base_url}/{cc}/{cc}.gif'.lower()
    resp = await session.get(url, timeout=TIMEOUT, follow_redirects=True)
    resp.raise_for_status()
    return resp.content


async def download_one(session, cc, base_url, semaphore, verbose) -> DownloadStatus:
    try:
        async with semaphore:
            image = await get_flag(session, base_url, cc)
    except HTTPStatusError as exc:
        res = exc.response
        if res.status_code == HTTPStatus.NOT_FOUND:
            status = DownloadStatus.NOT_FOUND
            msg = f'not found: {res.url}'
        else:
            raise
    else:
        save_flag(image, f'{cc}.gif')
        status = DownloadStatus.OK
        msg = 'OK'
    if verbose and msg:
        print(cc, msg)
    return status


# ---------------- flags3_asyncio.py ----------------
async def get_country(client: FakeClient, base_url: str, cc: str) -> str:
    url = f'{base_url}/{cc}/metadata.json'.lower()
    resp = await client.get(url, timeout=TIMEOUT, follow_redirects=True)
    resp.raise_for_status()
    metadata = resp.json()
    return metadata['country']


async def download_one_v3(client, cc, base_url, semaphore, verbose) -> DownloadStatus:
    try:
        async with semaphore:
            image = await get_flag(client, base_url, cc)
        async with semaphore:
            country = await get_country(client, base_url, cc)
    except HTTPStatusError as exc:
        res = exc.response
        if res.status_code == HTTPStatus.NOT_FOUND:
            status = DownloadStatus.NOT_FOUND
            msg = f'not found: {res.url}'
        else:
            raise
    else:
        filename = country.replace(' ', '_')
        save_flag(image, f'{filename}.gif')
        status = DownloadStatus.OK
        msg = 'OK'
    if verbose and msg:
        print(cc, msg)
    return status


async def supervisor(download_one, cc_list, base_url, verbose, concur_req, plan):
    counter: Counter[DownloadStatus] = Counter()
    semaphore = asyncio.Semaphore(concur_req)
    async with FakeClient(plan) as session:
        to_do = [download_one(session, cc, base_url, semaphore, verbose)
                 for cc in sorted(cc_list)]
        to_do_iter = asyncio.as_completed(to_do)
        error: HTTPError | None = None
        for coro in to_do_iter:
            try:
                status = await coro
            except HTTPStatusError as exc:
                error_msg = 'HTTP error {resp.status_code} - {resp.reason_phrase}'
                error_msg = error_msg.format(resp=exc.response)
                error = exc
            except RequestError as exc:
                error_msg = f'{exc} {type(exc)}'.strip()
                error = exc
            except KeyboardInterrupt:
                break
            else:
                error = None

            if error:
                status = DownloadStatus.ERROR
                if verbose:
                    url = str(error.request.url)
                    cc = Path(url).stem.upper()
                    print(f'{cc} error: {error_msg}')
            counter[status] += 1
        print(f'({session.requests} requests made)')
    return counter


def initial_report(cc_list, actual_req, server_label):
    if len(cc_list) <= 10:
        cc_msg = ', '.join(cc_list)
    else:
        cc_msg = f'from {cc_list[0]} to {cc_list[-1]}'
    print(f'{server_label} site: {SERVERS[server_label]}')
    plural = 's' if len(cc_list) != 1 else ''
    print(f'Searching for {len(cc_list)} flag{plural}: {cc_msg}')
    if actual_req == 1:
        print('1 connection will be used.')
    else:
        print(f'{actual_req} concurrent connections will be used.')


def final_report(cc_list, counter):
    print('-' * 20)
    plural = 's' if counter[DownloadStatus.OK] != 1 else ''
    print(f'{counter[DownloadStatus.OK]:3} flag{plural} downloaded.')
    if counter[DownloadStatus.NOT_FOUND]:
        print(f'{counter[DownloadStatus.NOT_FOUND]:3} not found.')
    if counter[DownloadStatus.ERROR]:
        plural = 's' if counter[DownloadStatus.ERROR] != 1 else ''
        print(f'{counter[DownloadStatus.ERROR]:3} error{plural}.')


def main(title, download_one, cc_list, max_req, server='ERROR'):
    print(f'$ {title}')
    cc_list = sorted(cc_list)
    actual_req = min(max_req, 1000, len(cc_list))
    initial_report(cc_list, actual_req, server)
    SAVED.clear()
    plan = make_plan(cc_list)
    counter = asyncio.run(supervisor(download_one, cc_list, SERVERS[server], True,
                                     actual_req, plan))
    final_report(cc_list, counter)
    print('saved:', ' '.join(name for name, size in sorted(SAVED)))


main('flags2_asyncio.py -s ERROR -v -m 100', download_one, POP20_CC, 100)
main('flags3_asyncio.py -s ERROR -v -m 100 B C E', download_one_v3,
     [cc for cc in POP20_CC if cc[0] in 'BCE'], 100)
main('flags2_asyncio.py -s ERROR -v -m 2 J M P', download_one,
     [cc for cc in POP20_CC if cc[0] in 'JMP'], 2)
main('flags2_asyncio.py -s ERROR -v -m 1 JP', download_one, ['JP'], 1)
