# statistics: a report over a small dataset of response times per service.
import statistics
from statistics import mean, median, mode, stdev, pstdev, quantiles, NormalDist
from fractions import Fraction
from decimal import Decimal

DATA = {
    "auth":    [120, 135, 128, 140, 122, 131, 500, 126, 133, 129],
    "search":  [310, 295, 330, 305, 320, 298, 315, 301, 312, 308, 299],
    "billing": [88, 92, 88, 95, 90, 88, 91, 94],
}

print(f"{'service':<8} {'n':>3} {'mean':>8} {'median':>7} {'stdev':>8} {'p90':>7} {'mode':>5}")
for name, xs in DATA.items():
    p90 = quantiles(xs, n=10)[-1]
    print(f"{name:<8} {len(xs):>3} {mean(xs):>8.2f} {median(xs):>7} {stdev(xs):>8.3f} "
          f"{p90:>7.1f} {mode(xs):>5}")

everything = [x for xs in DATA.values() for x in xs]
print("overall", mean(everything), statistics.fmean(everything), median(everything))
print("spread", round(pstdev(everything), 6), statistics.variance(everything))
print("low/high", statistics.median_low(everything), statistics.median_high(everything))
print("quartiles", quantiles(everything), quantiles(everything, method="inclusive"))

# outliers: more than 2 standard deviations from the service mean
for name, xs in DATA.items():
    m, s = mean(xs), stdev(xs)
    out = [x for x in xs if abs(x - m) > 2 * s]
    print(name, "outliers:", out)

# exact types are kept
print(mean([Fraction(1, 3), Fraction(1, 6)]), mean([Decimal("1.10"), Decimal("2.25")]))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 10, 100]))

# a normal model of the search latencies
model = NormalDist.from_samples(DATA["search"])
print(round(model.mean, 3), round(model.stdev, 3))
print("P(latency < 300) =", round(model.cdf(300), 4))
print("95th percentile  =", round(model.inv_cdf(0.95), 2))
print(statistics.correlation(DATA["billing"], list(range(8))) if hasattr(statistics, "correlation") else "")
slope, intercept = statistics.linear_regression(range(8), DATA["billing"])
print(round(slope, 4), round(intercept, 4))
try:
    mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
