x = 1


# comment
    # indented comment

if x:

    # comment inside
    y = 2


    z = 3  # trailing

	
w = 4

def f():
	return 1


class C:
	def m(self):
		pass
