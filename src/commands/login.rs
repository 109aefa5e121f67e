//! `cheese login` and `cheese logout` (being built).

use crate::context::Ctx;

/// Save an API key to the profile after checking it with the store
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Remove the API key from the profile
#[derive(Debug, clap::Args)]
pub struct LogoutArgs {}

pub async fn run(_ctx: &Ctx, _args: Args) -> anyhow::Result<()> {
    Err(crate::error::Error::failure("not built yet").into())
}

pub fn logout(_ctx: &Ctx, _args: LogoutArgs) -> anyhow::Result<()> {
    Err(crate::error::Error::failure("not built yet").into())
}
