//! `cheese events`: the store's 14 event types (SPEC §1) and their sample envelopes (SPEC §5).
//!
//! `cheese events` lists the catalog of [`crate::events`]: an aligned table with a header on a
//! terminal, `name<TAB>summary` rows when piped, an array of `{name, summary}` with `--json`.
//! `cheese events sample TYPE` prints the exact bytes of the type's sample envelope (the one
//! `cheese trigger` sends, with a fixed id and time), so it can be piped into `cheese sign` or
//! saved as a test fixture; `order.shipped` is the store's documented example, byte for byte.

use serde::Serialize;

use crate::context::Ctx;
use crate::error::Error;
use crate::events::{self, EventType, CATALOG};
use crate::ui;

/// List the event types the store sends, or print a sample envelope
///
/// Without a subcommand, lists the event types with a one-line summary each: an aligned table
/// on a terminal, `name<TAB>summary` lines when piped, a JSON array with `--json`.
///
/// Examples:
///   cheese events
///   cheese events sample order.shipped
///   cheese events sample order.shipped > body.json
///   cheese events --json | jq -r '.[].name'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<EventsCommand>,
}

#[derive(Debug, clap::Subcommand)]
pub enum EventsCommand {
    /// List the event types with a one-line summary each (the default)
    List,
    /// Print a realistic sample envelope of one event type
    ///
    /// Prints the envelope exactly as the store would send it (pretty-printed JSON with a final
    /// newline), with a fixed id and creation time; `cheese trigger TYPE` sends the same data
    /// with a fresh id and the current time.
    ///
    /// Examples:
    ///   cheese events sample order.shipped
    ///   cheese events sample cheese.low_stock > low-stock.json
    #[command(verbatim_doc_comment)]
    Sample(SampleArgs),
}

#[derive(Debug, clap::Args)]
pub struct SampleArgs {
    /// The event type, e.g. `order.shipped` (`cheese events` lists them)
    #[arg(value_name = "TYPE")]
    pub event_type: String,
}

/// One `--json` list item.
#[derive(Debug, Serialize)]
struct EventJson {
    name: &'static str,
    summary: &'static str,
}

pub fn run(ctx: &Ctx, args: Args) -> anyhow::Result<()> {
    match args.command {
        None | Some(EventsCommand::List) => list(ctx),
        Some(EventsCommand::Sample(sample)) => print_sample(ctx, &sample.event_type),
    }
}

fn list(ctx: &Ctx) -> anyhow::Result<()> {
    let out = &ctx.out;
    if out.is_json() {
        let items: Vec<EventJson> = CATALOG
            .iter()
            .map(|t| EventJson {
                name: t.name,
                summary: t.summary,
            })
            .collect();
        return Ok(out.json(&items)?);
    }
    out.data_raw(&render_list(
        CATALOG,
        out.stdout_is_tty(),
        out.stdout_color(),
    ))?;
    Ok(())
}

/// The human list: a table with a header on a terminal, tab-separated rows otherwise.
fn render_list(types: &[EventType], tty: bool, color: bool) -> String {
    let mut text = String::new();
    if !tty {
        for t in types {
            text.push_str(&format!("{}\t{}\n", t.name, t.summary));
        }
        return text;
    }
    let width = types
        .iter()
        .map(|t| t.name.len())
        .max()
        .unwrap_or(0)
        .max("TYPE".len());
    let header = format!("{:<width$}  SUMMARY", "TYPE");
    text.push_str(&ui::bold(&header, color));
    text.push('\n');
    for t in types {
        let pad = " ".repeat(width - t.name.len());
        text.push_str(&format!("{}{pad}  {}\n", ui::key(t.name, color), t.summary));
    }
    text
}

fn print_sample(ctx: &Ctx, name: &str) -> anyhow::Result<()> {
    let event_type = one_type(name)?;
    // The envelope is JSON already, so `--json` prints the same bytes.
    ctx.out.data_raw(&event_type.sample_envelope())?;
    Ok(())
}

/// The one catalog type `name` stands for; an unknown name gets "did you mean".
fn one_type(name: &str) -> Result<&'static EventType, Error> {
    if let Some(t) = events::find(name) {
        return Ok(t);
    }
    let names = events::expand_patterns(&[name])?;
    match names.as_slice() {
        [one] => {
            events::find(one).ok_or_else(|| Error::usage(format!("unknown event type `{one}`")))
        }
        // A blank name (or only commas) names nothing: say so, not "names 0, pick one of:".
        [] => Err(Error::usage("no event type given").hint(
            "name one, e.g. `cheese events sample order.shipped`; `cheese events` lists them",
        )),
        _ => Err(Error::usage(format!(
            "`cheese events sample` prints one event type, but `{}` names {}",
            crate::sanitize::escape(name),
            names.len()
        ))
        .hint(format!(
            "pick one of: {}",
            names
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn piped_list_is_tab_separated() {
        let text = render_list(&CATALOG[..2], false, false);
        assert_eq!(
            text,
            "order.placed\tA customer placed an order\n\
             order.confirmed\tPayment went through and the order was confirmed\n"
        );
    }

    #[test]
    fn terminal_list_is_aligned_with_a_header() {
        let text = render_list(&CATALOG[..2], true, false);
        assert_eq!(
            text,
            "TYPE             SUMMARY\n\
             order.placed     A customer placed an order\n\
             order.confirmed  Payment went through and the order was confirmed\n"
        );
    }

    #[test]
    fn one_type_resolves_patterns_and_suggests() {
        assert_eq!(
            one_type("order.shipped").map(|t| t.name).ok(),
            Some("order.shipped")
        );
        assert_eq!(
            one_type("webhook.*").map(|t| t.name).ok(),
            Some("webhook.test")
        );
        let e = one_type("order.*").err().map(|e| e.message);
        assert_eq!(
            e.as_deref(),
            Some("`cheese events sample` prints one event type, but `order.*` names 5")
        );
        let e = one_type("order.shiped").err();
        assert_eq!(
            e.map(|e| e.hints),
            Some(vec![
                "did you mean `order.shipped`?".to_owned(),
                "run `cheese events` to list the 14 event types".to_owned()
            ])
        );
    }
}
