# sys.exit with an integer status.
import sys
def main():
    print("validating input")
    errors = 2
    if errors:
        print(f"{errors} errors found", file=sys.stderr)
        sys.exit(4)
    print("unreachable")
main()
