
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'cheese' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'cheese'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'cheese' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries, verify them and forward them to your app')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send signed sample events to your app, like the store does')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List the event types the store sends, or print a sample envelope')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Try the whole flow on this machine: listen, a sample app and a realistic sequence')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Print the HMAC-SHA256 signature of a payload')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a signature against a payload and explain a mismatch')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Manage webhook endpoints through the store''s API')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save an API key to the profile after checking it with the store')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the API key from the profile')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or change the configuration')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script on stdout')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cheese;listen' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Forward deliveries to your app: `3000`, `localhost:3000/webhooks` or a URL')
            [CompletionResult]::new('--forward', '--forward', [CompletionResultType]::ParameterName, 'Forward deliveries to your app: `3000`, `localhost:3000/webhooks` or a URL')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Port to listen on; 0 picks a free one (the ready line says which)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on; 0 picks a free one (the ready line says which)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the webhook secret from a file (one trailing newline is ignored)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Verify with the secret saved by `cheese webhooks register` for this webhook (repeatable)')
            [CompletionResult]::new('--register-url', '--register-url', [CompletionResultType]::ParameterName, 'Register a temporary webhook for this session at your tunnel''s public URL')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Only forward these event types: names or patterns with `*`, comma-separated, repeatable')
            [CompletionResult]::new('-H', '-H ', [CompletionResultType]::ParameterName, 'Add a header for the app, `Name: value` (repeatable; replaces an incoming one of that name)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Add a header for the app, `Name: value` (repeatable; replaces an incoming one of that name)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for the app''s answer before answering 504 (the store waits 10s)')
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Largest body accepted (413 past it): bytes or with a unit, e.g. `32MiB`, `5MB`')
            [CompletionResult]::new('--cacert', '--cacert', [CompletionResultType]::ParameterName, 'Also trust the CA certificates in this PEM file for an https:// app')
            [CompletionResult]::new('--max-events', '--max-events', [CompletionResultType]::ParameterName, 'Stop after N deliveries have been answered')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long, e.g. `30s`, `5m`')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--forward-invalid', '--forward-invalid', [CompletionResultType]::ParameterName, 'Forward deliveries whose signature does not verify (they are still shown as invalid)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Accept any TLS certificate from an https:// app (self-signed development certificates)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate from an https:// app (self-signed development certificates)')
            [CompletionResult]::new('--fail-on-error', '--fail-on-error', [CompletionResultType]::ParameterName, 'Exit 1 at the end if any delivery got 401/413/502/503/504 or a non-2xx answer from the app')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;trigger' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to send: a port (`3000`), `host:port/path` or an http(s) URL [default: http://127.0.0.1:4242/]')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the webhook secret from a file (one trailing newline is ignored)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Use the secret saved for this webhook by `cheese webhooks register`')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field of every envelope, e.g. `data.tracking_number=1Z999` (repeatable)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'Replace the `data` of every envelope with the JSON in FILE (`-` reads standard input)')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Send the exact bytes of FILE as the body, only signed (no new id, no changes)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up waiting for an answer after this long (the store waits 10 s)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;events' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types with a one-line summary each (the default)')
            [CompletionResult]::new('sample', 'sample', [CompletionResultType]::ParameterValue, 'Print a realistic sample envelope of one event type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cheese;events;list' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;events;sample' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;events;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types with a one-line summary each (the default)')
            [CompletionResult]::new('sample', 'sample', [CompletionResultType]::ParameterValue, 'Print a realistic sample envelope of one event type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cheese;events;help;list' {
            break
        }
        'cheese;events;help;sample' {
            break
        }
        'cheese;events;help;help' {
            break
        }
        'cheese;demo' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;sign' {
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the webhook secret from a file (one trailing newline is ignored)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Use the secret saved for this webhook by `cheese webhooks register`')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Print the whole header line: `X-Cheese-Signature: <signature>`')
            [CompletionResult]::new('--base64', '--base64', [CompletionResultType]::ParameterName, 'Print the signature base64-encoded instead of hex (not what the store sends)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;verify' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'The X-Cheese-Signature value to check (repeat for several header lines)')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'The X-Cheese-Signature value to check (repeat for several header lines)')
            [CompletionResult]::new('--secret', '--secret', [CompletionResultType]::ParameterName, 'Webhook secret, e.g. whsec_… (`verify` and `listen` take several, for a rotation) [env: CHEESE_WEBHOOK_SECRET]')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'Read the webhook secret from a file (one trailing newline is ignored)')
            [CompletionResult]::new('--webhook', '--webhook', [CompletionResultType]::ParameterName, 'Use the secret saved for this webhook by `cheese webhooks register`')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;webhooks' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a webhook endpoint and save its secret')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your webhook endpoints')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one webhook endpoint')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook endpoint')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook endpoint')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Ask the store to send a test event to an endpoint now')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Deliver failed events again')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'Show the delivery attempts of an endpoint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cheese;webhooks;register' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The URL the store POSTs deliveries to')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Event types to receive, comma-separated or repeated; `order.*` patterns expand (asked interactively on a terminal when omitted)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A note to recognise the endpoint by')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--no-save-secret', '--no-save-secret', [CompletionResultType]::ParameterName, 'Do not save the secret in the profile (it is printed either way)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;webhooks;list' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;webhooks;get' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;webhooks;update' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The new URL the store POSTs deliveries to')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'The new event types, comma-separated or repeated; `order.*` patterns expand')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--enable', '--enable', [CompletionResultType]::ParameterName, 'Resume deliveries')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Pause deliveries (events are not sent while disabled)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;webhooks;delete' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when not running interactively)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;webhooks;test' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The event type to send [default: webhook.test]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;webhooks;replay' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--all-dead', '--all-dead', [CompletionResultType]::ParameterName, 'Replay everything in the dead letter queue')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;webhooks;deliveries' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only deliveries in this state')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;webhooks;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a webhook endpoint and save its secret')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your webhook endpoints')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one webhook endpoint')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook endpoint')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook endpoint')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Ask the store to send a test event to an endpoint now')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Deliver failed events again')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'Show the delivery attempts of an endpoint')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cheese;webhooks;help;register' {
            break
        }
        'cheese;webhooks;help;list' {
            break
        }
        'cheese;webhooks;help;get' {
            break
        }
        'cheese;webhooks;help;update' {
            break
        }
        'cheese;webhooks;help;delete' {
            break
        }
        'cheese;webhooks;help;test' {
            break
        }
        'cheese;webhooks;help;replay' {
            break
        }
        'cheese;webhooks;help;deliveries' {
            break
        }
        'cheese;webhooks;help;help' {
            break
        }
        'cheese;login' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--api-key-stdin', '--api-key-stdin', [CompletionResultType]::ParameterName, 'Read the API key from standard input (one trailing newline is ignored)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;logout' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;config' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved value and where it came from (secrets masked)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value of the active profile, unmasked (for scripts)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value in the active profile (creates the file and the profile)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one value from the active profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cheese;config;path' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;config;show' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;config;get' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;config;set' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;config;unset' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;config;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved value and where it came from (secrets masked)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value of the active profile, unmasked (for scripts)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value in the active profile (creates the file and the profile)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one value from the active profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cheese;config;help;path' {
            break
        }
        'cheese;config;help;show' {
            break
        }
        'cheese;config;help;get' {
            break
        }
        'cheese;config;help;set' {
            break
        }
        'cheese;config;help;unset' {
            break
        }
        'cheese;config;help;help' {
            break
        }
        'cheese;completions' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;man' {
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors: auto (a terminal, NO_COLOR unset, TERM not dumb), always, never')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Configuration profile to use [env: CHEESE_PROFILE]')
            [CompletionResult]::new('--api-key', '--api-key', [CompletionResultType]::ParameterName, 'API key for the store''s API [env: CHEESE_API_KEY]')
            [CompletionResult]::new('--api-base', '--api-base', [CompletionResultType]::ParameterName, 'Base URL of the store''s API [env: CHEESE_API_BASE] [default: https://api.cheesestore.com]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON on stdout (one object per line for `listen`)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and other details on stderr (secrets are never shown)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only results and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cheese;help' {
            [CompletionResult]::new('listen', 'listen', [CompletionResultType]::ParameterValue, 'Receive deliveries, verify them and forward them to your app')
            [CompletionResult]::new('trigger', 'trigger', [CompletionResultType]::ParameterValue, 'Send signed sample events to your app, like the store does')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'List the event types the store sends, or print a sample envelope')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Try the whole flow on this machine: listen, a sample app and a realistic sequence')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Print the HMAC-SHA256 signature of a payload')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a signature against a payload and explain a mismatch')
            [CompletionResult]::new('webhooks', 'webhooks', [CompletionResultType]::ParameterValue, 'Manage webhook endpoints through the store''s API')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Save an API key to the profile after checking it with the store')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the API key from the profile')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or change the configuration')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script on stdout')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cheese;help;listen' {
            break
        }
        'cheese;help;trigger' {
            break
        }
        'cheese;help;events' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the event types with a one-line summary each (the default)')
            [CompletionResult]::new('sample', 'sample', [CompletionResultType]::ParameterValue, 'Print a realistic sample envelope of one event type')
            break
        }
        'cheese;help;events;list' {
            break
        }
        'cheese;help;events;sample' {
            break
        }
        'cheese;help;demo' {
            break
        }
        'cheese;help;sign' {
            break
        }
        'cheese;help;verify' {
            break
        }
        'cheese;help;webhooks' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a webhook endpoint and save its secret')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List your webhook endpoints')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one webhook endpoint')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a webhook endpoint')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a webhook endpoint')
            [CompletionResult]::new('test', 'test', [CompletionResultType]::ParameterValue, 'Ask the store to send a test event to an endpoint now')
            [CompletionResult]::new('replay', 'replay', [CompletionResultType]::ParameterValue, 'Deliver failed events again')
            [CompletionResult]::new('deliveries', 'deliveries', [CompletionResultType]::ParameterValue, 'Show the delivery attempts of an endpoint')
            break
        }
        'cheese;help;webhooks;register' {
            break
        }
        'cheese;help;webhooks;list' {
            break
        }
        'cheese;help;webhooks;get' {
            break
        }
        'cheese;help;webhooks;update' {
            break
        }
        'cheese;help;webhooks;delete' {
            break
        }
        'cheese;help;webhooks;test' {
            break
        }
        'cheese;help;webhooks;replay' {
            break
        }
        'cheese;help;webhooks;deliveries' {
            break
        }
        'cheese;help;login' {
            break
        }
        'cheese;help;logout' {
            break
        }
        'cheese;help;config' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show every resolved value and where it came from (secrets masked)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print one value of the active profile, unmasked (for scripts)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set one value in the active profile (creates the file and the profile)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove one value from the active profile')
            break
        }
        'cheese;help;config;path' {
            break
        }
        'cheese;help;config;show' {
            break
        }
        'cheese;help;config;get' {
            break
        }
        'cheese;help;config;set' {
            break
        }
        'cheese;help;config;unset' {
            break
        }
        'cheese;help;completions' {
            break
        }
        'cheese;help;man' {
            break
        }
        'cheese;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
