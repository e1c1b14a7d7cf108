"""Module docstring.

More text.
"""


def f():
    """Function docstring."""


class C:
    'Class docstring.'

    def m(self):
        r"""Raw docstring \n."""
        return 1
