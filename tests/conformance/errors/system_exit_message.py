# sys.exit with a message: printed to stderr, status 1.
import sys
config = {}
if "token" not in config:
    sys.exit("error: missing API token")
