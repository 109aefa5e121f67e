//! `cheese webhooks …`: manage webhook endpoints through the store's API (SPEC §6).
//!
//! One module per group of verbs; HTTP lives in `crate::api`, and this module holds the
//! rendering they share: tables (aligned with a header on a terminal, tab-separated rows
//! without one when piped), webhook blocks, and the escaping of every string that came from the
//! network before it reaches a terminal.

mod deliveries;
mod manage;
mod register;
pub mod session;

use clap::Subcommand;

pub use session::SessionWebhook;

use crate::api::types::Webhook;
use crate::context::Ctx;
use crate::error::Error;
use crate::output::Output;
use crate::sanitize;
use crate::ui;

/// Manage webhook endpoints through the store's API
///
/// Register endpoints, list and change them, send test events, replay failed deliveries and
/// inspect delivery attempts. Needs an API key: `cheese login`, `--api-key` or CHEESE_API_KEY.
///
/// Examples:
///   cheese webhooks register --url https://example.com/hooks --events 'order.*'
///   cheese webhooks list
///   cheese webhooks test wh_123 && echo "endpoint is up"
///   cheese webhooks replay wh_123 --all-dead
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    Register(register::Args),
    List(manage::ListArgs),
    Get(manage::GetArgs),
    Update(manage::UpdateArgs),
    Delete(manage::DeleteArgs),
    Test(deliveries::TestArgs),
    Replay(deliveries::ReplayArgs),
    Deliveries(deliveries::DeliveriesArgs),
}

pub async fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    match args.action {
        Action::Register(a) => register::run(ctx, a).await,
        Action::List(a) => manage::list(ctx, a).await,
        Action::Get(a) => manage::get(ctx, a).await,
        Action::Update(a) => manage::update(ctx, a).await,
        Action::Delete(a) => manage::delete(ctx, a).await,
        Action::Test(a) => deliveries::test(ctx, a).await,
        Action::Replay(a) => deliveries::replay(ctx, a).await,
        Action::Deliveries(a) => deliveries::deliveries(ctx, a).await,
    }
}

// ---- checks shared by the verbs --------------------------------------------------------------

/// A webhook id given on the command line: not empty, no whitespace or control characters.
fn check_id(id: &str) -> anyhow::Result<()> {
    if matches!(id, "" | "." | "..") || id.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(
            Error::usage(format!("`{}` is not a webhook id", sanitize::escape(id)))
                .hint("webhook ids look like `wh_…`; `cheese webhooks list` shows yours")
                .into(),
        );
    }
    Ok(())
}

/// An endpoint URL: absolute http or https.
fn check_url(url: &str) -> anyhow::Result<()> {
    let bad = |why: &str| -> anyhow::Error {
        Error::usage(format!(
            "`--url {}` is not a usable endpoint URL: {why}",
            sanitize::escape(url)
        ))
        .hint("give the full URL the store should POST to, e.g. `https://example.com/webhooks`")
        .into()
    };
    match reqwest::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(()),
        Ok(u) => Err(bad(&format!(
            "the scheme must be https (or http), not {}",
            u.scheme()
        ))),
        Err(e) => Err(bad(&e.to_string())),
    }
}

/// `--events` values: names and patterns (`order.*`), comma-separated or repeated, expanded
/// against the catalog.
fn expand_events(values: &[String]) -> anyhow::Result<Vec<&'static str>> {
    let events = crate::events::expand_patterns(values).map_err(Error::from)?;
    if events.is_empty() {
        return Err(Error::usage("`--events` names no event type")
            .hint("e.g. `--events 'order.*,cheese.low_stock'`; `cheese events` lists them")
            .into());
    }
    Ok(events)
}

/// A "✓ …" notice on stderr, only when someone is watching (gh prints none to a pipe).
fn notice(out: &Output, text: &str) {
    if out.stderr_is_tty() {
        out.status(&format!("{} {text}", ui::good("✓", out.stderr_color())));
    }
}

/// "no <things> found" on stderr for an empty result (exit 0).
fn none_found(out: &Output, what: &str) {
    if !out.quiet {
        crate::output::eprintln_safe(&format!("no {what} found"));
    }
}

// ---- rendering -------------------------------------------------------------------------------

/// How a cell is colored on a terminal.
#[derive(Clone, Copy)]
enum Paint {
    Plain,
    Status,
    Dim,
}

/// A table: aligned with a header on a terminal, tab-separated rows without a header when piped.
struct Table {
    header: &'static [&'static str],
    rows: Vec<Vec<(String, Paint)>>,
}

impl Table {
    fn new(header: &'static [&'static str]) -> Self {
        Table {
            header,
            rows: Vec::new(),
        }
    }

    /// Adds a row; every cell is escaped here (it came from the network).
    fn row(&mut self, cells: Vec<(&str, Paint)>) {
        self.rows.push(
            cells
                .into_iter()
                .map(|(text, paint)| (sanitize::escape(text), paint))
                .collect(),
        );
    }

    fn render(&self, out: &Output) -> String {
        let mut text = String::new();
        if !out.stdout_is_tty() {
            for row in &self.rows {
                let cells: Vec<&str> = row.iter().map(|(t, _)| t.as_str()).collect();
                text.push_str(&cells.join("\t"));
                text.push('\n');
            }
            return text;
        }
        let color = out.stdout_color();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (i, (cell, _)) in row.iter().enumerate() {
                if let Some(w) = widths.get_mut(i) {
                    *w = (*w).max(cell.chars().count());
                }
            }
        }
        let header: Vec<(String, Paint)> = self
            .header
            .iter()
            .map(|h| ((*h).to_string(), Paint::Plain))
            .collect();
        for (n, row) in std::iter::once(&header).chain(&self.rows).enumerate() {
            let last = row.len().saturating_sub(1);
            let mut line = String::new();
            for (i, (cell, paint)) in row.iter().enumerate() {
                let padding = if i == last {
                    0
                } else {
                    widths
                        .get(i)
                        .copied()
                        .unwrap_or(0)
                        .saturating_sub(cell.chars().count())
                        + 2
                };
                let painted = if n == 0 {
                    ui::bold(cell, color)
                } else {
                    paint_cell(cell, *paint, color)
                };
                line.push_str(&painted);
                line.push_str(&" ".repeat(padding));
            }
            text.push_str(line.trim_end());
            text.push('\n');
        }
        text
    }
}

fn paint_cell(text: &str, paint: Paint, color: bool) -> String {
    match paint {
        Paint::Plain => text.to_string(),
        Paint::Dim => ui::dim(text, color),
        Paint::Status => match text {
            "active" | "succeeded" | "queued" => ui::good(text, color),
            "disabled" | "retrying" | "pending" => ui::warn(text, color),
            "dead" | "failed" | "not_found" => ui::bad(text, color),
            _ => text.to_string(),
        },
    }
}

/// Fields of one webhook: aligned `label  value` lines on a terminal, `label<TAB>value` when
/// piped (so `cut -f2` and `grep` work).
fn render_webhook(out: &Output, w: &Webhook) -> String {
    let events = if out.stdout_is_tty() {
        w.events.join(", ")
    } else {
        w.events.join(",")
    };
    let fields: [(&str, &str, Paint); 7] = [
        ("id", &w.id, Paint::Plain),
        ("url", &w.url, Paint::Plain),
        ("status", &w.status, Paint::Status),
        ("events", &events, Paint::Plain),
        (
            "description",
            w.description.as_deref().unwrap_or(""),
            Paint::Plain,
        ),
        (
            "created_at",
            w.created_at.as_deref().unwrap_or(""),
            Paint::Plain,
        ),
        (
            "updated_at",
            w.updated_at.as_deref().unwrap_or(""),
            Paint::Plain,
        ),
    ];
    let color = out.stdout_color();
    let mut text = String::new();
    for (label, value, paint) in fields {
        let value = sanitize::escape(value);
        if out.stdout_is_tty() {
            let line = format!(
                "{}{}  {}",
                ui::dim(label, color),
                " ".repeat(11 - label.len()),
                paint_cell(&value, paint, color)
            );
            text.push_str(line.trim_end());
        } else {
            text.push_str(label);
            text.push('\t');
            text.push_str(&value);
        }
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{ColorChoice, Env};

    fn output(tty: bool) -> Output {
        Output::new(
            false,
            false,
            0,
            ColorChoice::Never,
            Env {
                stdout_tty: tty,
                stderr_tty: tty,
                stdin_tty: false,
                force_tty: false,
                no_color: false,
                term_dumb: false,
            },
        )
    }

    fn table() -> Table {
        let mut t = Table::new(&["ID", "URL", "STATUS"]);
        t.row(vec![
            ("wh_1", Paint::Plain),
            ("https://a.example/x", Paint::Plain),
            ("active", Paint::Status),
        ]);
        t.row(vec![
            ("wh_22", Paint::Plain),
            ("https://b\x1b[31m", Paint::Plain),
            ("disabled", Paint::Status),
        ]);
        t
    }

    #[test]
    fn table_on_a_terminal_is_aligned_with_a_header() {
        assert_eq!(
            table().render(&output(true)),
            "ID     URL                  STATUS\n\
             wh_1   https://a.example/x  active\n\
             wh_22  https://b\\x1b[31m    disabled\n"
        );
    }

    #[test]
    fn table_in_a_pipe_is_tab_separated_without_header() {
        assert_eq!(
            table().render(&output(false)),
            "wh_1\thttps://a.example/x\tactive\nwh_22\thttps://b\\x1b[31m\tdisabled\n"
        );
    }

    #[test]
    fn checks() {
        assert!(check_id("wh_1").is_ok());
        assert!(check_id("").is_err());
        assert!(check_id("wh 1").is_err());
        assert!(check_id("..").is_err());
        assert!(check_url("https://example.com/h").is_ok());
        assert!(check_url("http://127.0.0.1:3000").is_ok());
        assert!(check_url("ftp://example.com").is_err());
        assert!(check_url("example.com").is_err());
        assert_eq!(
            expand_events(&["order.placed,cheese.low_stock".into()]).expect("ok"),
            ["order.placed", "cheese.low_stock"]
        );
        let err = expand_events(&["order.shiped".into()]).expect_err("unknown");
        assert_eq!(crate::error::exit_code(&err), 2);
        assert!(expand_events(&[String::new()]).is_err());
    }
}
