# source: Nathaniel J. Smith, "Trio: Async concurrency for mere mortals" (PyCon 2018) and trio's open_tcp_stream (trio/_highlevel_open_tcp_stream.py): the Happy Eyeballs (RFC 8305) connection race written with a nursery, staggered attempts, an Event per attempt to start the next one early on failure, and cancellation of the losers; rewritten with asyncio.TaskGroup as the nursery (the structured-concurrency pattern asyncio adopted in 3.11)
# adapted: connect() is simulated: each fake address has a scripted latency (in 10 ms units) and either succeeds or fails; the attempt delay is 3 units instead of 250 ms; the scenarios print the attempt log in order.
import asyncio

UNIT = 0.01


class FakeSocket:
    def __init__(self, address):
        self.address = address
        self.closed = False

    def close(self):
        self.closed = True


NETWORK = {}
log = []


async def connect(address):
    latency, ok = NETWORK[address]
    log.append(f'  connecting to {address}')
    try:
        await asyncio.sleep(latency * UNIT)
    except asyncio.CancelledError:
        log.append(f'  attempt to {address} cancelled')
        raise
    if not ok:
        log.append(f'  {address} refused')
        raise ConnectionRefusedError(address)
    log.append(f'  {address} connected')
    return FakeSocket(address)


async def open_connection(addresses, delay=3):
    winning_socket = None
    errors = []

    async def attempt(which, failed_attempts, tg):
        nonlocal winning_socket
        # wait for the previous attempt to fail, or for the delay to pass
        if which > 0:
            try:
                async with asyncio.timeout(delay * UNIT):
                    await failed_attempts[which - 1].wait()
            except TimeoutError:
                pass
        # start the next attempt in the background
        if which + 1 < len(addresses):
            tg.create_task(attempt(which + 1, failed_attempts, tg))
        try:
            sock = await connect(addresses[which])
        except OSError as exc:
            errors.append(exc)
            failed_attempts[which].set()
        else:
            winning_socket = sock
            raise _Won()

    class _Won(Exception):
        pass

    failed_attempts = [asyncio.Event() for _ in addresses]
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(attempt(0, failed_attempts, tg))
    except* _Won:
        pass

    if winning_socket is None:
        raise OSError(f'all attempts to connect failed: {[str(e) for e in errors]}')
    return winning_socket


async def scenario(title, network, delay=3):
    NETWORK.clear()
    NETWORK.update(network)
    log.clear()
    print(f'--- {title}')
    try:
        sock = await open_connection(list(network), delay)
        result = f'connected to {sock.address}'
    except OSError as e:
        result = f'OSError: {e}'
    for line in log:
        print(line)
    print(result)


async def main():
    await scenario('first address answers quickly',
                   {'2001:db8::1': (1, True), '192.0.2.1': (1, True)})
    await scenario('first address is slow, second wins',
                   {'2001:db8::1': (10, True), '192.0.2.1': (2, True), '192.0.2.2': (1, True)})
    await scenario('first address fails fast, the next starts at once',
                   {'2001:db8::1': (1, False), '192.0.2.1': (2, True)})
    await scenario('everything fails',
                   {'2001:db8::1': (1, False), '192.0.2.1': (5, False), '192.0.2.2': (1, False)})


asyncio.run(main())
