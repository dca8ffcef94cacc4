import statistics as st
from fractions import Fraction as F
ints = [2, 4, 4, 4, 5, 5, 7, 9]
flts = [0.1, 0.2, 0.3, 0.4, 1.5]
fracs = [F(1, 2), F(3, 4), F(5, 8), F(1, 3)]
mixed = [1, 2.5, F(1, 2)]
for data in (ints, flts, fracs, [1, F(1, 2)], [1, 2, 3, 4], [True, False, True], mixed, [1e308, 1e308], [1, float('inf')]):
    r = []
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.pvariance, st.variance, st.pstdev, st.stdev):
        try:
            v = fn(data)
            r.append(repr(v))
        except Exception as e:
            r.append(type(e).__name__ + ': ' + str(e))
    print(r)
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), type(st.mean([1, 2])).__name__, st.mean(iter([1.5, 2.5])), st.mean(range(10)))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([60, 40], weights=[5, 30]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([2.5]), st.harmonic_mean([0, 4]))
print(st.mode([1, 1, 2, 3, 3]), st.mode('aabbbc'), st.multimode('aabbcd'), st.multimode([]), st.mode(['red', 'blue', 'red']))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method='inclusive'), st.quantiles([1.5, 2.5, 9.0], n=3), st.quantiles([F(1), F(2), F(4)], n=4))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1]))
print(st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), st.fmean(iter([1, 2])))
print(st.pvariance([1, 2, 3], mu=2), st.variance([1.5, 2.5, 3.5], 2.5), st.stdev([F(1), F(2), F(4)]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True))
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
err(st.mean, [])
err(st.fmean, [])
err(st.fmean, [1, 2], weights=[1])
err(st.fmean, [1, 2], weights=[1, -1])
err(st.geometric_mean, [1, -2])
err(st.harmonic_mean, [])
err(st.harmonic_mean, [1, -2])
err(st.harmonic_mean, [-2])
err(st.harmonic_mean, ['a'])
err(st.harmonic_mean, [1, 2], weights=[1])
err(st.median, [])
err(st.median_low, [])
err(st.median_grouped, [])
err(st.mode, [])
err(st.quantiles, [1])
err(st.quantiles, [1, 2], n=0)
err(st.quantiles, [1, 2], method='x')
err(st.variance, [1])
err(st.stdev, [1])
err(st.pvariance, [])
err(st.pstdev, [])
err(st.covariance, [1, 2], [1])
err(st.covariance, [1], [1])
err(st.correlation, [1, 1], [1, 2])
err(st.correlation, [1], [2])
err(st.linear_regression, [1, 1], [1, 2])
err(st.linear_regression, [1, 2, 3], [1, 2])
err(st.mean, ['a', 'b'])
err(st.mean, [1, 2.0, F(1, 2)])
err(st.NormalDist, 0, -1)
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(100), round(nd.cdf(115), 12), nd.inv_cdf(0.975), nd.zscore(130), [round(q, 6) for q in nd.quantiles()], nd.quantiles(3))
print(st.NormalDist().inv_cdf(0.001), st.NormalDist().inv_cdf(1e-10), st.NormalDist().inv_cdf(0.6), round(st.NormalDist(2, 3).overlap(st.NormalDist(1, 2)), 12), round(st.NormalDist(0, 1).overlap(st.NormalDist(1, 1)), 12))
print(nd + 5, nd - st.NormalDist(10, 20), nd * 2, nd / -3, 5 - nd, -nd, +nd, 2 * nd, nd == st.NormalDist(100, 15), nd == 3, hash(nd) == hash(st.NormalDist(100.0, 15.0)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
err(st.NormalDist(1, 0).pdf, 1)
err(st.NormalDist(1, 0).cdf, 1)
err(st.NormalDist().inv_cdf, 1.0)
err(st.NormalDist(1, 0).inv_cdf, 0.5)
err(st.NormalDist().overlap, 1)
err(st.NormalDist(1, 0).zscore, 1)
err(st.NormalDist(1, 0).overlap, st.NormalDist())
print(len(st.NormalDist(5, 2).samples(3, seed=42)), issubclass(st.StatisticsError, ValueError), st.StatisticsError.__module__)
