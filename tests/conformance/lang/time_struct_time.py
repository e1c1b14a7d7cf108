# time.localtime/gmtime/strftime/asctime/ctime/mktime on the virtual clock (UTC).
import time

now = time.localtime()
print(now)
print(now.tm_year, now.tm_mon, now.tm_mday, now.tm_wday, now.tm_yday, now.tm_isdst, now[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S"), time.strftime("%a %b %d", time.gmtime(0)), time.asctime(), time.ctime(86400))
time.sleep(3725.5)
print(time.strftime("%H:%M:%S"), time.gmtime().tm_min, time.mktime(time.localtime()) - time.time())
print(time.gmtime(1e9), time.strftime("%j %U %w", time.gmtime(1e9)))
