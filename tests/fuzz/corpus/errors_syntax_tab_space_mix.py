# TabError: inconsistent use of tabs and spaces.
def f():
        if True:
	    return 1
