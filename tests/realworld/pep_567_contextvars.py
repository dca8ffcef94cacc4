# source: PEP 567 "Context Variables" (Yury Selivanov), https://peps.python.org/pep-0567/ : the Rationale/Specification examples (var.get/set/reset with tokens, Token.old_value and MISSING, copy_context() and Context.run, contexts as read-only mappings) and the asyncio section (each Task runs in a copy of the current context; call_soon(..., context=)), plus the request-id logging example from the PEP's motivation
# adapted: addresses in reprs are replaced by ADDR; the "handle_request" server example runs over fake requests with short sleeps instead of a socket server.
import asyncio
import contextvars
import re
from contextvars import ContextVar, copy_context



def noaddr(text):
    return re.sub(r'0x[0-9a-fA-F]+', 'ADDR', str(text))


print('--- specification examples')

var = ContextVar('var', default=42)
print(var.name, var.get())

token = var.set('spam')
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING)
token2 = var.set('ham')
print(var.get(), token2.old_value)
var.reset(token2)
print(var.get())
var.reset(token)
print(var.get())
try:
    var.reset(token)
except RuntimeError as e:
    print(f'RuntimeError: {noaddr(e)}')

no_default = ContextVar('no_default')
try:
    no_default.get()
except LookupError as e:
    print(f'LookupError: {noaddr(repr(e))}')
print(no_default.get('fallback'))

print('--- Context.run and copies')

var.set('outer')


def main():
    # 'var' was set to 'outer' before calling 'copy_context()' and 'ctx.run(main)', so:
    assert var.get() == 'outer'
    assert ctx[var] == 'outer'

    var.set('inner')
    # 'var' is 'inner' now in ctx
    print('inside run:', var.get(), ctx[var])
    return 'main-result'


ctx = copy_context()
print(ctx.run(main))
# Changes to 'var' made inside ctx.run() are contained in ctx:
print('outside run:', var.get(), ctx[var])
print(var in ctx, no_default in ctx, len(ctx) >= 1)
print(ctx.get(no_default, 'not set'), sorted(v.name for v in ctx.keys() if v.name in ('var',)))
try:
    ctx.run(ctx.run, main)
except RuntimeError as e:
    print(f'RuntimeError: {noaddr(e)}')

print('--- asyncio: tasks run in a copy of the context')

request_id = ContextVar('request_id', default=None)
log_lines = []


def log(message):
    log_lines.append(f'[{request_id.get()}] {message}')


async def handle_request(rid, delay):
    request_id.set(rid)
    log('start')
    await asyncio.sleep(delay)
    await helper()
    log('done')
    return request_id.get()


async def helper():
    log('helper sees its own request id')


async def server():
    request_id.set('server')
    results = await asyncio.gather(handle_request('req-1', 0.02),
                                   handle_request('req-2', 0.01),
                                   handle_request('req-3', 0.03))
    log(f'results {results}')
    for line in log_lines:
        print(line)


asyncio.run(server())

print('--- call_soon with an explicit context')


def show(label):
    print(label, var.get())


async def callbacks():
    loop = asyncio.get_running_loop()
    var.set('task value')
    other = copy_context()
    other.run(var.set, 'other context')
    done = loop.create_future()
    loop.call_soon(show, 'default context:')
    loop.call_soon(show, 'explicit context:', context=other)
    loop.call_soon(done.set_result, None)
    await done
    print('task still sees', var.get())


asyncio.run(callbacks())
print('after asyncio.run:', var.get())
