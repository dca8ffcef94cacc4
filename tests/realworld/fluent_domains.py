# source: Luciano Ramalho, "Fluent Python" 2nd ed. (O'Reilly 2022), ch. 21 "Asynchronous Programming": blogdom.py (probing domains with as_completed), domainlib.py + domaincheck.py (the multi_probe async generator), https://github.com/fluentpython/example-code-2e/tree/master/21-async/domains/asyncio
# adapted: loop.getaddrinfo() -> a fake resolver with a fixed table of registered domains and a seeded random latency per domain (random.seed(21), distinct multiples of 5 ms) that raises socket.gaierror for unknown names; domaincheck's TLD argument is fixed to "dev" and then "com.br".
import asyncio
import random
import socket
from collections.abc import Iterable, AsyncIterator
from keyword import kwlist
from typing import NamedTuple, Optional, Tuple

MAX_KEYWORD_LEN = 4

REGISTERED = {'and.dev', 'def.dev', 'elif.dev', 'for.dev', 'from.dev', 'if.dev',
              'in.dev', 'not.dev', 'pass.dev', 'try.dev', 'with.dev',
              'none.com.br', 'for.com.br', 'if.com.br', 'is.com.br', 'with.com.br'}
LATENCY = {}


def assign_latencies(domains):
    random.seed(21)
    slots = random.sample(range(1, len(domains) + 3), len(domains))
    LATENCY.clear()
    LATENCY.update(zip(domains, (n * 0.005 for n in slots)))


class FakeLoop:
    async def getaddrinfo(self, host, port):
        await asyncio.sleep(LATENCY[host])
        if host not in REGISTERED:
            raise socket.gaierror(socket.EAI_NONAME, 'Name or service not known')
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, '', ('192.0.2.1', 0))]


fake_loop = FakeLoop()

print('--- blogdom.py')


async def probe(domain: str) -> Tuple[str, bool]:
    loop = fake_loop
    try:
        await loop.getaddrinfo(domain, None)
    except socket.gaierror:
        return (domain, False)
    return (domain, True)


async def main() -> None:
    names = (kw for kw in kwlist if len(kw) <= MAX_KEYWORD_LEN)
    domains = (f'{name}.dev'.lower() for name in names)
    coros = [probe(domain) for domain in domains]
    for coro in asyncio.as_completed(coros):
        domain, found = await coro
        mark = '+' if found else ' '
        print(f'{mark} {domain}')


assign_latencies([f'{kw}.dev'.lower() for kw in kwlist if len(kw) <= MAX_KEYWORD_LEN])
asyncio.run(main())

print('--- domainlib.py + domaincheck.py')


class Result(NamedTuple):
    domain: str
    found: bool


OptionalLoop = Optional[FakeLoop]


async def probe_result(domain: str, loop: OptionalLoop = None) -> Result:
    if loop is None:
        loop = fake_loop
    try:
        await loop.getaddrinfo(domain, None)
    except socket.gaierror:
        return Result(domain, False)
    return Result(domain, True)


async def multi_probe(domains: Iterable[str]) -> AsyncIterator[Result]:
    loop = fake_loop
    coros = [probe_result(domain, loop) for domain in domains]
    for coro in asyncio.as_completed(coros):
        result = await coro
        yield result


async def domaincheck(tld: str) -> None:
    tld = tld.strip('.')
    names = (kw for kw in kwlist if len(kw) <= 4)
    domains = (f'{name}.{tld}'.lower() for name in names)
    print('FOUND\t\tNOT FOUND')
    print('=====\t\t=========')
    async for domain, found in multi_probe(domains):
        indent = '' if found else '\t\t'
        print(f'{indent}{domain}')


for tld in ['dev', '.COM.BR']:
    assign_latencies([f'{kw}.{tld.strip(".")}'.lower() for kw in kwlist if len(kw) <= 4])
    print(f'$ ./domaincheck.py {tld}')
    asyncio.run(domaincheck(tld))

print('--- multi_probe with explicit Result fields')


async def summary():
    found = []
    missing = 0
    async for result in multi_probe(['if.dev', 'as.dev', 'try.dev']):
        print(result, result._asdict())
        if result.found:
            found.append(result.domain)
        else:
            missing += 1
    print(f'found {found}, {missing} missing')


assign_latencies(['if.dev', 'as.dev', 'try.dev'])
asyncio.run(summary())
