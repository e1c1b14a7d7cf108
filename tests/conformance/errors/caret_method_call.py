# Carets under a method call on an attribute chain.
class Logger:
    def write(self, message):
        raise OSError("disk full")
class App:
    def __init__(self):
        self.logger = Logger()
app = App()
status = app.logger.write("started") or "logged"
