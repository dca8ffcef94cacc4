# A job scheduler: run jobs as soon as their prerequisites finish, with
# simulated durations, and report each job's start and finish times.
import graphlib
from graphlib import TopologicalSorter

jobs = {
    'fetch': (3, []),
    'lint': (1, ['fetch']),
    'compile': (5, ['fetch']),
    'unit-tests': (4, ['compile']),
    'docs': (2, ['fetch']),
    'package': (2, ['compile', 'docs']),
    'integration': (6, ['package']),
    'release': (1, ['lint', 'unit-tests', 'integration']),
}
ts = TopologicalSorter({name: deps for name, (_, deps) in jobs.items()})
ts.prepare()
clock = 0
running = {}
finished = {}
while ts.is_active():
    for job in sorted(ts.get_ready()):
        running[job] = clock + jobs[job][0]
        print(f'{clock:3}: start  {job}')
    job = min(running, key=lambda j: (running[j], j))
    clock = running.pop(job)
    finished[job] = clock
    print(f'{clock:3}: finish {job}')
    ts.done(job)
print('total time', clock)
critical = max(finished, key=finished.get)
print('last job', critical)
print(TopologicalSorter[str], graphlib.__all__)
