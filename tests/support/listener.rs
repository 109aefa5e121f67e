//! `Listener`: the real `cheese listen --port 0 …` binary in a hermetic home (as
//! `Home::cmd` sets up), found ready by its ready line on stderr (bounded wait, no sleeps). Its
//! stdout and stderr are collected (and relayed with a prefix, shown when a test fails); it is
//! stopped with SIGTERM (`kill -TERM`, the crate forbids unsafe code) or waited for, and killed
//! on Drop (miniserve's tests/fixtures, improved: the port comes from the ready line).
//!
//! Also the raw sender: deliveries written byte by byte over a `TcpStream`, so a test controls
//! every header, repeated ones, and chunked encoding.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use super::cmd::Home;

/// How long any single wait in these tests may take before it fails.
pub const WAIT: Duration = Duration::from_secs(20);

/// Bytes read so far from one of the child's streams.
#[derive(Default)]
struct Stream {
    bytes: Mutex<(Vec<u8>, bool)>,
    changed: Condvar,
}

impl Stream {
    fn text(&self) -> String {
        let guard = self.bytes.lock().expect("stream");
        String::from_utf8_lossy(&guard.0).into_owned()
    }

    /// Waits until `done(text)` holds or the stream ends; returns the text then.
    fn wait_for(&self, done: impl Fn(&str) -> bool, timeout: Duration) -> Option<String> {
        let deadline = Instant::now() + timeout;
        let mut guard = self.bytes.lock().expect("stream");
        loop {
            let text = String::from_utf8_lossy(&guard.0).into_owned();
            if done(&text) {
                return Some(text);
            }
            let now = Instant::now();
            if guard.1 || now >= deadline {
                return None;
            }
            guard = self
                .changed
                .wait_timeout(guard, deadline - now)
                .expect("stream")
                .0;
        }
    }
}

impl Stream {
    /// Waits (bounded) until the stream ends; returns everything read.
    fn wait_end(&self, timeout: Duration) -> String {
        let deadline = Instant::now() + timeout;
        let mut guard = self.bytes.lock().expect("stream");
        while !guard.1 {
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            guard = self
                .changed
                .wait_timeout(guard, deadline - now)
                .expect("stream")
                .0;
        }
        String::from_utf8_lossy(&guard.0).into_owned()
    }
}

fn collect(mut source: impl Read + Send + 'static, into: Arc<Stream>, prefix: &'static str) {
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            let n = source.read(&mut buf).unwrap_or(0);
            let mut guard = into.bytes.lock().expect("stream");
            if n == 0 {
                guard.1 = true;
                into.changed.notify_all();
                return;
            }
            guard.0.extend_from_slice(&buf[..n]);
            into.changed.notify_all();
            drop(guard);
            for line in String::from_utf8_lossy(&buf[..n]).lines() {
                eprintln!("{prefix} {line}");
            }
        }
    });
}

/// A running `cheese listen`.
pub struct Listener {
    pub port: u16,
    pid: u32,
    stdout: Arc<Stream>,
    stderr: Arc<Stream>,
    exited: mpsc::Receiver<ExitStatus>,
    status: Option<ExitStatus>,
}

/// A finished `cheese listen`.
#[derive(Debug)]
pub struct Finished {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A `cheese` command with the hermetic environment of `Home::cmd`.
pub fn command(home: &Home) -> Command {
    home.std_cmd()
}

impl Listener {
    /// Starts `cheese listen --port 0 ARGS…` and waits for its ready line.
    pub fn start(home: &Home, args: &[&str]) -> Listener {
        Listener::start_with(home, args, &[])
    }

    /// Like [`Listener::start`], with extra environment variables.
    pub fn start_with(home: &Home, args: &[&str], env: &[(&str, &str)]) -> Listener {
        let mut cmd = command(home);
        cmd.arg("listen").arg("--port").arg("0").args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child: Child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn cheese listen");
        let pid = child.id();
        let stdout = Arc::new(Stream::default());
        let stderr = Arc::new(Stream::default());
        collect(
            child.stdout.take().expect("stdout"),
            Arc::clone(&stdout),
            "[listen stdout]",
        );
        collect(
            child.stderr.take().expect("stderr"),
            Arc::clone(&stderr),
            "[listen stderr]",
        );
        let (tx, exited) = mpsc::channel();
        std::thread::spawn(move || {
            if let Ok(status) = child.wait() {
                let _ = tx.send(status);
            }
        });
        let mut listener = Listener {
            port: 0,
            pid,
            stdout,
            stderr,
            exited,
            status: None,
        };
        const READY: &str = "cheese: listening on http://127.0.0.1:";
        let text = listener
            .stderr
            .wait_for(|t| t.lines().any(|l| l.starts_with(READY)), WAIT)
            .unwrap_or_else(|| {
                panic!(
                    "no ready line from cheese listen; stderr:\n{}",
                    listener.stderr.text()
                )
            });
        let line = text
            .lines()
            .find(|l| l.starts_with(READY))
            .expect("ready line");
        let digits: String = line[READY.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        listener.port = digits.parse().expect("port in the ready line");
        listener
    }

    /// `http://127.0.0.1:<port><path>`.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// stdout so far.
    pub fn stdout(&self) -> String {
        self.stdout.text()
    }

    /// stderr so far.
    pub fn stderr(&self) -> String {
        self.stderr.text()
    }

    /// Waits until stdout satisfies `done` (bounded); panics with the output otherwise.
    pub fn wait_stdout(&self, done: impl Fn(&str) -> bool) -> String {
        self.stdout
            .wait_for(done, WAIT)
            .unwrap_or_else(|| panic!("stdout never got there:\n{}", self.stdout.text()))
    }

    /// Sends SIGTERM and waits for the exit.
    pub fn terminate(self) -> Finished {
        let status = Command::new("kill")
            .arg("-TERM")
            .arg(self.pid.to_string())
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM failed");
        self.wait()
    }

    /// Waits for the listener to exit by itself (`--max-events`, `--duration`), bounded.
    pub fn wait(mut self) -> Finished {
        let status = self
            .exited
            .recv_timeout(WAIT)
            .unwrap_or_else(|_| panic!("cheese listen did not exit; stderr:\n{}", self.stderr()));
        self.status = Some(status);
        // The streams end when the process is gone.
        let stdout = self.stdout.wait_end(WAIT);
        let stderr = self.stderr.wait_end(WAIT);
        Finished {
            code: status.code().unwrap_or(-1),
            stdout,
            stderr,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if self.status.is_none() && self.exited.try_recv().is_err() {
            let _ = Command::new("kill")
                .arg("-KILL")
                .arg(self.pid.to_string())
                .status();
            let _ = self.exited.recv_timeout(WAIT);
        }
    }
}

/// An HTTP answer as the sender got it.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    /// Names lowercase, in order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Resp {
    /// The only value of header `name`, if any.
    pub fn header(&self, name: &str) -> Option<&str> {
        let values: Vec<&str> = self
            .headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect();
        assert!(
            values.len() <= 1,
            "several {name} headers: {:?}",
            self.headers
        );
        values.first().copied()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Writes `request` (every byte) to 127.0.0.1:`port` and reads one answer.
pub fn send_raw(port: u16, request: &[u8]) -> Resp {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect to listen");
    stream.set_read_timeout(Some(WAIT)).expect("timeout");
    stream.set_write_timeout(Some(WAIT)).expect("timeout");
    stream.write_all(request).expect("send the request");
    read_response(&mut stream)
}

fn read_response(stream: &mut TcpStream) -> Resp {
    let mut data = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    let head_end = loop {
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut buf).expect("read the answer");
        assert!(
            n > 0,
            "connection closed before an answer: {:?}",
            String::from_utf8_lossy(&data)
        );
        data.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&data[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let status_line = lines.next().expect("status line");
    let status: u16 = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("bad status line {status_line:?}"));
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = data[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut buf).expect("read the body");
        assert!(n > 0, "connection closed in the body");
        body.extend_from_slice(&buf[..n]);
    }
    body.truncate(length);
    Resp {
        status,
        headers,
        body,
    }
}

/// `POST path` with exactly these headers (plus `Host` and `Content-Length`) and body.
pub fn post(port: u16, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Resp {
    let mut request = format!("POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    let mut bytes = request.into_bytes();
    bytes.extend_from_slice(body);
    send_raw(port, &bytes)
}

/// A delivery as the store sends it (SPEC §2), signed with `secret` (unsigned with `None`).
pub fn deliver(port: u16, path: &str, body: &[u8], secret: Option<&str>) -> Resp {
    let signature = secret.map(|s| cheese::signature::sign_hex(s.as_bytes(), body));
    let mut headers = vec![
        ("Content-Type", "application/json"),
        ("User-Agent", "CheeseStore-Webhooks/2.0"),
    ];
    if let Some(sig) = &signature {
        headers.push(("X-Cheese-Signature", sig.as_str()));
    }
    post(port, path, &headers, body)
}
