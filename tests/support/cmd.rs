//! Hermetic `cheese` commands: a private config dir, no `CHEESE_*` from the outer
//! environment, `NO_COLOR` cleared and `HOME` pointed at the temp dir (xh's get_command).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// A scratch home for one test: config dir, data dir and files.
pub struct Home {
    pub dir: TempDir,
}

impl Home {
    pub fn new() -> Self {
        Home {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir().join("config.toml")
    }

    /// Writes `config.toml` with the given text.
    pub fn write_config(&self, text: &str) {
        std::fs::create_dir_all(self.config_dir()).expect("mkdir");
        std::fs::write(self.config_file(), text).expect("write config");
    }

    /// Writes a file in the home and returns its path.
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).expect("write file");
        p
    }

    /// A `cheese` command living in this home.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same as a `std::process::Command`, for processes that run in the background
    /// (`cheese listen`).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("cheese"));
        for (key, _) in std::env::vars_os() {
            if key.to_string_lossy().starts_with("CHEESE_") {
                c.env_remove(&key);
            }
        }
        c.env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("TERM")
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("xdg-config"))
            .env("XDG_DATA_HOME", self.path().join("xdg-data"))
            .env("CHEESE_CONFIG_DIR", self.config_dir())
            .env("CHEESE_DATA_DIR", self.path().join("data"))
            .current_dir(self.path());
        c
    }

    /// Like [`Home::cmd`] with `CHEESE_FORCE_TTY=1`: terminal layout, never a prompt.
    pub fn cmd_tty(&self) -> Command {
        let mut c = self.cmd();
        c.env("CHEESE_FORCE_TTY", "1");
        c
    }
}

/// The stdout, stderr and exit code of a finished command, as text.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub stdout_bytes: Vec<u8>,
}

/// Runs the command to completion (with the given stdin) and captures everything.
pub fn run(cmd: &mut Command, stdin: &[u8]) -> Run {
    let output = cmd
        .write_stdin(stdin.to_vec())
        .output()
        .expect("run cheese");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        stdout_bytes: output.stdout,
    }
}

/// Reads a file from tests/data.
pub fn data(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read(&p).unwrap_or_else(|e| panic!("reading {}: {e}", p.display()))
}

/// Asserts that no ESC byte reaches the output.
pub fn assert_no_escape(r: &Run) {
    assert!(!r.stdout.contains('\x1b'), "ESC in stdout: {:?}", r.stdout);
    assert!(!r.stderr.contains('\x1b'), "ESC in stderr: {:?}", r.stderr);
}
