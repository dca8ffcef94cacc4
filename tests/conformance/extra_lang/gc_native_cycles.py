# Cycles that run through runtime objects (iterators, partial, deque,
# descriptors, itertools, futures, tasks, handles, lru_cache, getters,
# traceback objects): gc.collect() frees them, as CPython's collector does.
import gc, weakref, functools, itertools, collections, asyncio, operator, sys


class S:
    pass


def check(name, make):
    s = S()
    r = weakref.ref(s)
    make(s)
    del s
    gc.collect()
    print(name, r() is None)


def mk_listiter(s):
    l = [s]; it = iter(l); l.append(it)
def mk_partial(s):
    def f(): pass
    p = functools.partial(f, s); f.p = p
def mk_map(s):
    l = [s]; m = map(str, l); l.append(m)
def mk_enumerate(s):
    l = [s]; m = enumerate(l); l.append(m)
def mk_zip(s):
    l = [s]; m = zip(l, l); l.append(m)
def mk_deque(s):
    d = collections.deque([s]); d.append(d)
def mk_defaultdict(s):
    d = collections.defaultdict(list); d[1] = d; d[2] = s
def mk_ordered(s):
    d = collections.OrderedDict(); d[1] = d; d[2] = s
def mk_property(s):
    class C: pass
    p = property(lambda self: s); C.p = p; s.c = C
def mk_staticmethod(s):
    l = [s]; m = staticmethod(l); l.append(m)
def mk_boundbuiltin(s):
    l = [s]; m = l.append; l.append(m)
def mk_chain(s):
    l = [s]; m = itertools.chain(l); l.append(m)
def mk_count_cycle(s):
    l = [s]; m = itertools.cycle(l); l.append(m)
def mk_gen(s):
    def g(x):
        yield x
    l = [s]; it = g(l); next(it); l.append(it)
def mk_future(s):
    loop = asyncio.new_event_loop()
    f = loop.create_future(); f.set_result([f, s]); loop.close()
def mk_future_cb(s):
    loop = asyncio.new_event_loop()
    f = loop.create_future(); f.add_done_callback(lambda _: (f, s)); loop.close()
def mk_event(s):
    e = asyncio.Event(); e.s = s; e.me = e
def mk_queue(s):
    q = asyncio.Queue(); q.put_nowait(q); q.put_nowait(s)
def mk_task(s):
    async def main():
        t = asyncio.current_task()
        t.me = [t, s]
    asyncio.run(main())
def mk_exc(s):
    try:
        raise ValueError(s)
    except ValueError as e:
        e.me = e
def mk_classmethod(s):
    l = [s]; m = classmethod(l); l.append(m)
def mk_range_iter(s):
    l = [s]; m = reversed(l); l.append(m)
def mk_filter(s):
    l = [s]; m = filter(None, l); l.append(m)
def mk_dict_iter(s):
    d = {1: s}; m = iter(d.values()); d[2] = m
def mk_lru(s):
    @functools.lru_cache
    def f(): return s
    f.me = f; f()
def mk_contextvar(s):
    import contextvars
    v = contextvars.ContextVar('v'); v.set([v, s])
def mk_mappingproxy(s):
    class C: pass
    C.s = s; C.me = C
def mk_super(s):
    class C:
        def m(self): return super()
    c = C(); c.s = s; c.sup = c.m()
def mk_methodcaller(s):
    import operator
    l = [s]; m = operator.itemgetter(l); l.append(m)
def mk_lru2(s):
    @functools.lru_cache
    def f(x): return s
    f(f)
def mk_lru_dict(s):
    @functools.lru_cache
    def f(): return s
    f.me = f; f()
def mk_itemgetter(s):
    l = [s]; m = operator.itemgetter(l); l.append(m)
def mk_methodcaller(s):
    l = [s]; m = operator.methodcaller('x', l); l.append(m)
def mk_tb(s):
    try:
        raise ValueError
    except ValueError as e:
        tb = e.__traceback__
        x = s
def mk_tb_store(s):
    x = s
    try:
        raise ValueError
    except ValueError as e:
        err = e
def mk_excinfo(s):
    x = s
    try:
        raise ValueError
    except ValueError:
        info = sys.exc_info()
def mk_frame(s):
    x = s
    f = sys._getframe()
def mk_handle(s):
    loop = asyncio.new_event_loop()
    l = [s]
    h = loop.call_soon(print, l)
    l.append(h)
    loop.close()
def mk_native_bound(s):
    d = collections.deque([s]); d.append(d.append)
def mk_slot(s):
    l = [s]; l.append(l.__add__)
def mk_callable_iter(s):
    l = [s]; it = iter(l.pop, None); l.append(it)
def mk_lock(s):
    async def main():
        lock = asyncio.Lock()
        lock.s = [s, lock]
    asyncio.run(main())
def mk_sem(s):
    async def main():
        sem = asyncio.Semaphore(1)
        sem.s = [s, sem]
        await sem.acquire()
    asyncio.run(main())
def mk_event(s):
    async def main():
        ev = asyncio.Event()
        t = asyncio.create_task(ev.wait())
        await asyncio.sleep(0)
        ev.s = [s, t, ev]
        ev.set()
        await t
    asyncio.run(main())
def mk_queue_task(s):
    async def main():
        q = asyncio.Queue()
        async def worker():
            await q.get()
        t = asyncio.create_task(worker())
        await asyncio.sleep(0)
        q.put_nowait([s, q, t])
        await t
    asyncio.run(main())
def mk_gather(s):
    async def one():
        return s
    async def main():
        g = asyncio.gather(one(), one())
        r = await g
        r.append(g)
    asyncio.run(main())
def mk_coro_never(s):
    async def c(x):
        pass
    l = [s]
    co = c(l)
    l.append(co)
    co.close()
def mk_namedtuple_b(s):
    P = collections.namedtuple('P', 'a b')
    l = [s]; p = P(l, 1); l.append(p)
def mk_counter_b(s):
    c = collections.Counter(); c[1] = 1; c.me = c; c.s = s
def mk_defaultdict_factory_b(s):
    d = collections.defaultdict(lambda: d); d[1] = s
def mk_mappingproxy_b(s):
    class C: pass
    C.s = s; p = C.__dict__; C.p = p
def mk_classobj_b(s):
    class C:
        x = s
    C.me = C
def mk_wr_finalize(s):
    class T: pass
    t = T()
    t.s = s
    weakref.finalize(t, print, "fin")
def mk_dict_keys(s):
    d = {1: s}; d[2] = d.keys()
def mk_set_iter(s):
    l = [s]; st = {1}; it = iter(st); l.append(it); l.append(l)
def mk_str_iter_in_list(s):
    l = [s]; l.append(iter(l))
def mk_map_lambda(s):
    l = [s]; m = map(lambda x: l, l); l.append(m)
def mk_sorted_keyfn(s):
    l = [s]; k = functools.cmp_to_key(lambda a, b: 0); l.append(k)
def mk_reduce_partial(s):
    class C:
        def m(self): pass
    c = C(); c.s = s; c.cb = functools.partial(c.m)
def mk_task_done_cb(s):
    async def main():
        async def w(): return 1
        t = asyncio.create_task(w())
        t.add_done_callback(lambda f: (t, s))
        await t
    asyncio.run(main())
def mk_future_loop2(s):
    async def main():
        f = asyncio.get_running_loop().create_future()
        f.s = s; f.me = f
        f.set_result(1)
    asyncio.run(main())


def mk_ctx(s):
    v = __import__('contextvars').ContextVar('v')
    ctx = __import__('contextvars').copy_context()
    l = [s, ctx]
    ctx.run(v.set, l)


def mk_super_stored(s):
    class C:
        def m(self): self.sup = super(); self.s = s
    C().m()


for k, v in list(globals().items()):
    if k.startswith('mk_'):
        check(k[3:], v)
