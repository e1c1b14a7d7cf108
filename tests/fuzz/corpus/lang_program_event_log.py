# A small program: timestamped log lines using datetime and the virtual clock.
import datetime
import time
import random
random.seed(3)
def log(level, message):
    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]
    print(f"{stamp} [{level:<5}] {message}")
log("INFO", "service starting")
for i in range(5):
    time.sleep(random.uniform(0.2, 1.5))
    level = random.choice(["INFO", "INFO", "WARN", "ERROR"])
    log(level, f"event {i} handled")
uptime = datetime.timedelta(seconds=time.monotonic())
log("INFO", f"uptime {uptime}")
