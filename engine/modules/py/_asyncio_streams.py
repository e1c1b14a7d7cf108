# asyncio streams over TCP on loopback, following CPython 3.11 step for step so that every
# callback and task wake-up lands in the same loop pass as in CPython (CPython:
# Lib/asyncio/streams.py, selector_events.py, base_events.py, trsock.py, transports.py).
#
# Sections: helpers · sockets · connecting · the socket transport · serving · streams.
#
# Readiness comes from loop._add_reader/_add_writer (libuv poll watchers, one callback per
# ready pass as CPython's selector gives); _awaitlab_socket makes the non-blocking system calls
# and enforces the sandbox: only loopback addresses may be connected to or listened on.

import asyncio
import collections
import enum
import itertools
import sys

import _awaitlab_socket as _net

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB
_MAX_SIZE = 256 * 1024  # CPython: _SelectorTransport.max_size, the recv() size
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5
# CPython: socket.py AddressFamily and SocketKind, the types of TransportSocket.family/.type.
AddressFamily = enum.IntEnum('AddressFamily', {'AF_INET': _net.AF_INET, 'AF_INET6': _net.AF_INET6},
                             module='socket')
SocketKind = enum.IntEnum('SocketKind', {'SOCK_STREAM': _net.SOCK_STREAM}, module='socket')


# --- helpers -----------------------------------------------------------------------------

def _incomplete_read_error(partial, expected):
    return asyncio.IncompleteReadError(partial, expected)


def _limit_overrun_error(message, consumed):
    return asyncio.LimitOverrunError(message, consumed)


def _set_result_unless_cancelled(fut, result):
    # CPython: futures.py _set_result_unless_cancelled.
    if fut.cancelled():
        return
    fut.set_result(result)


def _trace_io(label, result):
    # An operation that completed at once (recv, send, accept): its start and completion.
    _net.io_done(_net.io_start(label), label, result)


def _is_ip_literal(host):
    return isinstance(host, str) and (host.count('.') == 3 or ':' in host) and \
        host != 'localhost'


def _port_number(port):
    # CPython: base_events.py _ipaddr_info's port conversion (None for a service name).
    if port is None or port == '' or port == b'':
        return 0
    try:
        return int(port)
    except (TypeError, ValueError):
        return None


async def _ensure_resolved(loop, host, port, passive):
    # CPython: base_events.py _ensure_resolved: an IP literal with a numeric port resolves
    # without suspending; a name (only "localhost" passes the sandbox) or a service name goes
    # to getaddrinfo in the executor.
    if not isinstance(host, (str, bytes)) and host is not None:
        raise TypeError(f"argument of type '{type(host).__name__}' is not iterable")
    number = _port_number(port)
    if number is None:
        return await loop.run_in_executor(None, _net.resolve, host, port, passive)
    port = number
    if _is_ip_literal(host):
        family = _net.AF_INET6 if ':' in host else _net.AF_INET
        if family == _net.AF_INET6:
            return [(family, (host, port, 0, 0))]
        return [(family, (host, port))]
    return await loop.run_in_executor(None, _net.resolve, host, port, passive)


# --- sockets -----------------------------------------------------------------------------

class _Socket:
    """A non-blocking TCP socket (the part of socket.socket the transports use)."""

    def __init__(self, fd, family):
        self._fd = fd
        self.family = family

    def fileno(self):
        return self._fd

    def getsockname(self):
        return _net.getsockname(self._fd)

    def getpeername(self):
        return _net.getpeername(self._fd)

    def close(self):
        if self._fd != -1:
            _net.close(self._fd)
            self._fd = -1

    def __del__(self):
        self.close()

    def __repr__(self):
        # CPython: socket.py socket.__repr__ (what trace labels and the GUI show).
        if self._fd == -1:
            return '<socket.socket [closed] fd=-1>'
        return f'<socket.socket fd={self._fd}, family={self.family}, type=1, proto=6>'


class TransportSocket:
    """CPython: trsock.py TransportSocket, what server.sockets and get_extra_info('socket') give."""

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return AddressFamily(self._sock.family)

    @property
    def type(self):
        return SocketKind.SOCK_STREAM

    @property
    def proto(self):
        return _net.IPPROTO_TCP

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def __repr__(self):
        s = (f"<asyncio.TransportSocket fd={self.fileno()}, "
             f"family={self.family!s}, type={self.type!s}, "
             f"proto={self.proto}")
        if self.fileno() != -1:
            try:
                laddr = self.getsockname()
                if laddr:
                    s = f"{s}, laddr={laddr}"
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s = f"{s}, raddr={raddr}"
            except OSError:
                pass
        return f"{s}>"


TransportSocket.__module__ = 'asyncio.trsock'


# --- connecting --------------------------------------------------------------------------

def _sock_write_done(loop, fd, handle, fut):
    # CPython: selector_events.py _sock_write_done.
    if handle is None or not handle.cancelled():
        loop._remove_writer(fd)


def _sock_connect_cb(fut, sock, address, io_id):
    # CPython: selector_events.py _sock_connect_cb.
    if fut.done():
        return
    try:
        err = _net.so_error(sock.fileno())
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')
    except BaseException as exc:
        _net.io_done(io_id, f'connect {address[0]}:{address[1]}', type(exc).__name__)
        fut.set_exception(exc)
    else:
        _net.io_done(io_id, f'connect {address[0]}:{address[1]}', 'connected')
        fut.set_result(None)


async def _sock_connect(loop, sock, address):
    # CPython: selector_events.py sock_connect and _sock_connect.
    fut = loop.create_future()
    fd = sock.fileno()
    io_id = _net.io_start(f'connect {address[0]}:{address[1]}')
    try:
        status = _net.connect(fd, address[0], address[1])
    except BaseException as exc:
        _net.io_done(io_id, f'connect {address[0]}:{address[1]}', type(exc).__name__)
        fut.set_exception(exc)
    else:
        if status == 0:
            _net.io_done(io_id, f'connect {address[0]}:{address[1]}', 'connected')
            fut.set_result(None)
        else:
            handle = loop._add_writer(fd, _sock_connect_cb, fut, sock, address, io_id)
            fut.add_done_callback(lambda f: _sock_write_done(loop, fd, handle, f))
    return await fut


async def _connect_sock(loop, exceptions, family, address):
    # CPython: base_events.py _connect_sock.
    my_exceptions = []
    exceptions.append(my_exceptions)
    sock = None
    try:
        sock = _Socket(_net.socket(family), family)
        await _sock_connect(loop, sock, address)
        return sock
    except OSError as exc:
        my_exceptions.append(exc)
        if sock is not None:
            sock.close()
        raise
    except:
        if sock is not None:
            sock.close()
        raise


async def _create_connection(loop, protocol_factory, host, port):
    # CPython: base_events.py create_connection (no ssl, no happy eyeballs).
    _net.check_loopback('connecting to', host, port)
    infos = await _ensure_resolved(loop, host, port, False)
    if not infos:
        raise OSError('getaddrinfo() returned empty list')
    exceptions = []
    sock = None
    for family, address in infos:
        try:
            sock = await _connect_sock(loop, exceptions, family, address)
            break
        except OSError:
            continue
    if sock is None:
        exceptions = [exc for sub in exceptions for exc in sub]
        if len(exceptions) == 1:
            raise exceptions[0]
        model = str(exceptions[0])
        if all(str(exc) == model for exc in exceptions):
            raise exceptions[0]
        raise OSError('Multiple exceptions: {}'.format(
            ', '.join(str(exc) for exc in exceptions)))
    # CPython: base_events.py _create_connection_transport.
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SocketTransport(loop, sock, protocol, waiter)
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


# --- the socket transport ----------------------------------------------------------------

class _SocketTransport:
    """CPython: selector_events.py _SelectorSocketTransport with its _SelectorTransport and
    transports._FlowControlMixin bases."""

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        self._loop = loop
        self._extra = {} if extra is None else extra
        self._extra['socket'] = TransportSocket(sock)
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol = protocol
        self._protocol_connected = True
        self._protocol_paused = False
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        self._server = server
        self._buffer = b''
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._eof = False
        if server is not None:
            server._attach()
        self._label = f'{self._extra["peername"]}'
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = ['_SelectorSocketTransport']
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        return '<{}>'.format(' '.join(info))

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def _add_reader(self, fd, callback, *args):
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback, *args)

    def _maybe_pause_protocol(self):
        if self.get_write_buffer_size() <= self._high_water:
            return
        if not self._protocol_paused:
            self._protocol_paused = True
            self._protocol.pause_writing()

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            self._protocol.resume_writing()

    # reading

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = _net.recv(self._sock_fd, _MAX_SIZE)
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if data is None:
            return
        if not data:
            if _net.tracing():
                _trace_io(f'EOF from {self._label}', 'eof')
            self._read_ready__on_eof()
            return
        if _net.tracing():
            _trace_io(f'recv from {self._label}', f'{len(data)} bytes')
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    # writing

    def write(self, data):
        if not isinstance(data, bytes):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                sys.stderr.write('socket.send() raised exception.\n')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = _net.send(self._sock_fd, data)
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            if _net.tracing():
                _trace_io(f'send to {self._label}', f'{n} bytes')
            if n == len(data):
                return
            data = data[n:]
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def writelines(self, list_of_data):
        # CPython: transports.py WriteTransport.writelines (3.11).
        data = b''.join(list_of_data)
        self.write(data)

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = _net.send(self._sock_fd, self._buffer)
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer = b''
            self._fatal_error(exc, 'Fatal write error on socket transport')
        else:
            if n:
                self._buffer = self._buffer[n:]
            self._maybe_resume_protocol()
            if not self._buffer:
                self._loop._remove_writer(self._sock_fd)
                if self._closing:
                    self._call_connection_lost(None)
                elif self._eof:
                    _net.shutdown_write(self._sock_fd)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            _net.shutdown_write(self._sock_fd)

    def can_write_eof(self):
        return True

    # closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer = b''
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None

    def __del__(self):
        if self._sock is not None:
            self._sock.close()


# --- serving -----------------------------------------------------------------------------

def _accept_connection(loop, protocol_factory, sock, server, backlog):
    # CPython: selector_events.py _accept_connection.
    for _ in range(backlog):
        try:
            accepted = _net.accept(sock.fileno())
        except OSError as exc:
            loop.call_exception_handler({
                'message': 'socket.accept() out of system resource',
                'exception': exc,
                'socket': TransportSocket(sock),
            })
            return None
        if accepted is None:
            return None
        fd, addr = accepted
        if _net.tracing():
            _trace_io(f'accept on {sock.getsockname()}', f'connection from {addr}')
        conn = _Socket(fd, sock.family)
        extra = {'peername': addr}
        loop.create_task(_accept_connection2(loop, protocol_factory, conn, extra, server))


async def _accept_connection2(loop, protocol_factory, conn, extra, server):
    # CPython: selector_events.py _accept_connection2.
    protocol = None
    transport = None
    try:
        protocol = protocol_factory()
        waiter = loop.create_future()
        transport = _SocketTransport(loop, conn, protocol, waiter=waiter, extra=extra,
                                     server=server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        context = {
            'message': 'Error on transport creation for incoming connection',
            'exception': exc,
        }
        if protocol is not None:
            context['protocol'] = protocol
        if transport is not None:
            context['transport'] = transport
        loop.call_exception_handler(context)


class Server:
    """CPython: base_events.py Server."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            _net.listen(sock.fileno(), self._backlog)
            # CPython: selector_events.py _start_serving.
            self._loop._add_reader(sock.fileno(), _accept_connection, self._loop,
                                   self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            # CPython: selector_events.py _stop_serving.
            self._loop._remove_reader(sock.fileno())
            sock.close()
        self._serving = False
        if (self._serving_forever_fut is not None and
                not self._serving_forever_fut.done()):
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await asyncio.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(
                f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        # CPython 3.11: returns at once once close() has run (its _sockets is None).
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


Server.__module__ = 'asyncio.base_events'


async def _create_server_getaddrinfo(loop, host, port):
    # CPython: base_events.py _create_server_getaddrinfo.
    infos = await _ensure_resolved(loop, host, port, True)
    if not infos:
        raise OSError(f'getaddrinfo({host!r}) returned empty list')
    return [(family, _net.SOCK_STREAM, _net.IPPROTO_TCP, '', address)
            for family, address in infos]


async def _create_server(loop, protocol_factory, host=None, port=None, *, backlog=100,
                         start_serving=True, **kwds):
    # CPython: base_events.py create_server (host/port form, no ssl).
    if isinstance(host, str) or host is None:
        hosts = [host]
    else:
        hosts = list(host)
    for each in hosts:
        _net.check_loopback('listening on', each, port)
    fs = [_create_server_getaddrinfo(loop, each, port) for each in hosts]
    infos = await asyncio.gather(*fs)
    infos = set(itertools.chain.from_iterable(infos))
    sockets = []
    completed = False
    try:
        for af, _socktype, _proto, _canonname, sa in infos:
            sock = _Socket(_net.socket(af), af)
            sockets.append(sock)
            try:
                _net.bind(sock.fileno(), sa[0], sa[1])
            except OSError as err:
                raise OSError(err.errno, 'error while attempting '
                              'to bind on address %r: %s'
                              % (sa, err.strerror.lower())) from None
        completed = True
    finally:
        if not completed:
            for sock in sockets:
                sock.close()
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await asyncio.sleep(0)
    return server


# --- streams -----------------------------------------------------------------------------

def _check_options(function, kwds, harmless):
    # Options awaitlab does not implement (ssl, sock=, local_addr=, ...) are refused rather
    # than ignored; `harmless` ones change nothing on loopback.
    for key, value in kwds.items():
        if key not in harmless and value is not None:
            raise NotImplementedError(f'awaitlab does not support {function}(..., {key}=...)')


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    # CPython: streams.py open_connection.
    _check_options('open_connection', kwds, ('family', 'proto', 'flags', 'happy_eyeballs_delay',
                                             'interleave'))
    loop = asyncio.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await _create_connection(loop, lambda: protocol, host, port)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       **kwds):
    # CPython: streams.py start_server.
    _check_options('start_server', kwds, ('family', 'flags', 'reuse_address', 'reuse_port',
                                          'backlog', 'start_serving'))
    loop = asyncio.get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, client_connected_cb, loop=loop)
        return protocol

    return await _create_server(loop, factory, host, port, **kwds)


class StreamReaderProtocol:
    """CPython: streams.py StreamReaderProtocol with FlowControlMixin."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        self._loop = asyncio.get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = collections.deque()
        self._connection_lost = False
        self._stream_reader_wr = stream_reader
        self._reject_connection = False
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = self._loop.create_future()

    @property
    def _stream_reader(self):
        return self._stream_reader_wr

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if asyncio.iscoroutine(res):
                loop = self._loop

                def callback(task):
                    exc = task.exception()
                    if exc is not None:
                        loop.call_exception_handler({
                            'message': 'Unhandled exception in client_connected_cb',
                            'exception': exc,
                            'transport': transport,
                        })
                        transport.close()

                self._task = self._loop.create_task(res)
                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                # CPython's __del__ retrieves it, so it is never logged as unretrieved.
                self._closed.exception()
        # CPython: FlowControlMixin.connection_lost.
        self._connection_lost = True
        if self._paused:
            for waiter in self._drain_waiters:
                if not waiter.done():
                    if exc is None:
                        waiter.set_result(None)
                    else:
                        waiter.set_exception(exc)
        self._stream_reader_wr = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """CPython: streams.py StreamWriter."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._complete_fut = self._loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        # Attribute reads stand for reader.exception() and transport.is_closing() (both ours).
        reader = self._reader
        if reader is not None:
            exc = reader._exception
            if exc is not None:
                raise exc
        if self._transport._closing:
            await asyncio.sleep(0)
        protocol = self._protocol
        if protocol._paused or protocol._connection_lost:
            await protocol._drain_helper()

    def __del__(self):
        # CPython 3.11.7: an unclosed writer closes its transport when collected (the
        # ResourceWarning it also gives is hidden by the default warning filters).
        if not self._transport.is_closing() and not self._loop.is_closed():
            self.close()


class StreamReader:
    """CPython: streams.py StreamReader."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = asyncio.get_event_loop() if loop is None else loop
        self._buffer = b''
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if not data:
            return
        self._buffer += data
        self._wakeup_waiter()
        if (self._transport is not None and
                not self._paused and
                len(self._buffer) > 2 * self._limit):
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is '
                f'already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        # A whole line already buffered: readuntil's result without its extra coroutine.
        if self._exception is None:
            isep = self._buffer.find(b'\n')
            if 0 <= isep <= self._limit:
                chunk = self._buffer[:isep + 1]
                self._buffer = self._buffer[isep + 1:]
                self._maybe_resume_transport()
                return chunk
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except asyncio.IncompleteReadError as e:
            return e.partial
        except asyncio.LimitOverrunError as e:
            if self._buffer[e.consumed:].startswith(sep):
                self._buffer = self._buffer[e.consumed + seplen:]
            else:
                self._buffer = b''
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer[offset:].find(separator)
                if isep != -1:
                    isep += offset
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise _limit_overrun_error(
                        'Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = self._buffer
                self._buffer = b''
                raise _incomplete_read_error(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise _limit_overrun_error(
                'Separator is found, but chunk is longer than limit', isep)
        chunk = self._buffer[:isep + seplen]
        self._buffer = self._buffer[isep + seplen:]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._buffer
                self._buffer = b''
                raise _incomplete_read_error(incomplete, n)
            await self._wait_for_data('readexactly')
        data = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


for _cls in (StreamReader, StreamWriter, StreamReaderProtocol):
    _cls.__module__ = 'asyncio.streams'
