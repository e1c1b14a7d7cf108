# gmtime/localtime/struct_time, strftime, asctime/ctime and mktime on the run's clock (UTC).
import time

t = time.localtime()
print(t, t.tm_year, t.tm_yday, t.tm_wday, t.tm_zone, t.tm_gmtoff, len(t), t[0], tuple(t)[:3])
g = time.gmtime(0)
print(g, g.tm_zone, time.gmtime(-1.5), time.gmtime(1e9), time.gmtime(951782400))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %Z"), time.strftime("%c", time.gmtime(86400 * 365)))
print(time.asctime(), time.ctime(0), time.ctime(1e9), time.asctime((2024, 5, 7, 8, 3, 9, 1, 128, 0)))
print(time.mktime(time.gmtime(5.5)), time.mktime((2024, 5, 7, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%Y %m %d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("", g), time.strftime("%%|%e|"))
time.sleep(3600 * 5 + 61)
print(time.strftime("%H:%M:%S"), time.localtime().tm_hour, time.time() - 1767225600)
s = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_mday, s.tm_zone, time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, "X", 5)).tm_zone)
for bad in [lambda: time.strftime(1), lambda: time.strftime("%Y", (1, 2)), lambda: time.strftime("%Y", 5),
            lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.gmtime("x"),
            lambda: time.struct_time((1, 2)), lambda: time.sleep(-1), lambda: time.sleep("x"),
            lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0)), lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
