//! Email over SMTP with lettre: the transport from `COACHFOLIO_SMTP_URL` (lettre's connection
//! URL: `smtp://host:port` plain on a trusted network, `smtp://…?tls=required` STARTTLS,
//! `smtps://user:password@host` TLS), the sender, and the public URL links are made from.
//! Each message has a plain-text and an HTML part.

use super::unsubscribe::{Leave, Signer};
use coachfolio_persistence::notifications::Outgoing;
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Where email goes and how it reads.
#[derive(Debug, Clone)]
pub struct MailConfig {
    pub smtp_url: String,
    pub from: String,
    /// The address people open the app at, without a trailing slash (links are made from it).
    pub public_url: String,
}

impl MailConfig {
    /// How start-up describes it, without the credentials.
    pub fn describe(&self) -> String {
        let server = self.smtp_url.rsplit('@').next().unwrap_or_default();
        let scheme = self.smtp_url.split("://").next().unwrap_or_default();
        format!("by SMTP ({scheme}://{server}) from {}, links to {}", self.from, self.public_url)
    }
}

/// A configured sender.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    public_url: String,
    unsubscribe: Signer,
}

/// `List-Unsubscribe`: where a mail client's "unsubscribe" posts (RFC 2369, RFC 8058).
#[derive(Clone)]
struct ListUnsubscribe(String);

/// `List-Unsubscribe-Post`: that one POST unsubscribes, with no page to confirm (RFC 8058).
#[derive(Clone)]
struct ListUnsubscribePost;

type ParseError = Box<dyn std::error::Error + Send + Sync>;

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, ParseError> {
        Ok(ListUnsubscribe(s.to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, ParseError> {
        Ok(ListUnsubscribePost)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".into())
    }
}

/// One email's parts before they are put together.
struct Draft<'a> {
    to: &'a Outgoing,
    message_id: String,
    subject: String,
    /// The paragraphs between the greeting and the footer, as text and as HTML.
    text: String,
    html: String,
    /// What its unsubscribe link leaves; `None` for an account's own emails.
    leave: Option<Leave>,
}

impl Mailer {
    pub fn new(config: &MailConfig, unsubscribe: Signer) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.smtp_url)
            .map_err(|e| format!("COACHFOLIO_SMTP_URL: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from = config.from.parse().map_err(|e| format!("COACHFOLIO_MAIL_FROM: {e}"))?;
        Ok(Mailer { transport, from, public_url: config.public_url.trim_end_matches('/').to_string(), unsubscribe })
    }

    /// The email of a notification: to its recipient, the program's name in the subject, the
    /// text, the link to the record, and the link to stop this kind's emails.
    pub fn message(&self, o: &Outgoing) -> Result<Message, String> {
        let link = format!("{}{}", self.public_url, o.row.link);
        self.compose(Draft {
            to: o,
            // One notification, one Message-ID: a receiver can tell a copy, and tests count them.
            message_id: format!("<{}@coachfolio>", o.row.id),
            subject: o.row.title.clone(),
            text: format!("{}\n\n{}\n\nOpen it: {link}", o.row.title, o.row.body),
            html: format!(
                "<p><strong>{}</strong></p><p>{}</p><p><a href=\"{}\">Open it in Coachfolio</a></p>",
                escape(&o.row.title),
                escape(&o.row.body),
                escape(&link)
            ),
            leave: (!o.row.kind.carries_secret()).then_some(Leave::Kind(o.row.kind)),
        })
    }

    /// The daily digest of one person's notifications in one program (`items`, oldest first),
    /// each with its link.
    pub fn digest(&self, items: &[Outgoing]) -> Result<Message, String> {
        let first = items.first().ok_or("an empty digest")?;
        let count = match items.len() {
            1 => "1 update".to_string(),
            n => format!("{n} updates"),
        };
        let link = |o: &Outgoing| format!("{}{}", self.public_url, o.row.link);
        let text =
            items.iter().map(|o| format!("- {}\n  {}\n  {}", o.row.title, o.row.body, link(o))).collect::<Vec<_>>();
        let html = items
            .iter()
            .map(|o| {
                format!(
                    "<li><a href=\"{}\"><strong>{}</strong></a><br>{}</li>",
                    escape(&link(o)),
                    escape(&o.row.title),
                    escape(&o.row.body)
                )
            })
            .collect::<String>();
        self.compose(Draft {
            to: first,
            message_id: format!("<digest-{}@coachfolio>", first.row.id),
            subject: format!("Your daily digest: {count}"),
            text: format!("Your daily digest: {count}.\n\n{}", text.join("\n\n")),
            html: format!("<p><strong>Your daily digest: {count}.</strong></p><ul>{html}</ul>"),
            leave: Some(Leave::Digest),
        })
    }

    fn compose(&self, d: Draft<'_>) -> Result<Message, String> {
        let o = d.to;
        let to: Mailbox = format!("{} <{}>", o.display_name.replace(['<', '>', '"'], ""), o.email)
            .parse()
            .map_err(|e| format!("the address {:?}: {e}", o.email))?;
        let program = o.program_name.as_deref().unwrap_or("Coachfolio");
        let mut builder = Message::builder()
            .message_id(Some(d.message_id))
            .from(self.from.clone())
            .to(to)
            .subject(format!("[{program}] {}", d.subject));
        let (why, stop) = match d.leave {
            None => (
                "You get this because this address belongs to a Coachfolio account. Do not forward it: its link sets the password.",
                None,
            ),
            Some(leave) => {
                let query = self.unsubscribe.query(o.row.recipient_id, leave);
                builder = builder
                    .header(ListUnsubscribe(format!("<{}/api/unsubscribe?{query}>", self.public_url)))
                    .header(ListUnsubscribePost);
                let what = match leave {
                    Leave::Digest => "the daily digest",
                    Leave::Kind(_) => "emails like this",
                };
                (
                    "You get this because it concerns your part in the program.",
                    Some((what, format!("{}/unsubscribe?{query}", self.public_url))),
                )
            }
        };
        let (stop_text, stop_html) = match &stop {
            Some((what, url)) => (
                format!("\nStop {what}: {url}\nChoose what you get: {}/notifications/settings", self.public_url),
                format!(" <a href=\"{}\">Stop {what}</a>.", escape(url)),
            ),
            None => (String::new(), String::new()),
        };
        let text = format!(
            "Hello {},\n\n{}\n\n-- \n{program}, through Coachfolio. {why}{stop_text}\n",
            o.display_name, d.text
        );
        let html = format!(
            "<p>Hello {},</p>{}<hr><p style=\"color:#555\">{}, through Coachfolio. {why}{stop_html}</p>",
            escape(&o.display_name),
            d.html,
            escape(program),
        );
        builder
            .multipart(
                MultiPart::alternative()
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(text))
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(html)),
            )
            .map_err(|e| e.to_string())
    }

    pub async fn send(&self, message: Message) -> Result<(), String> {
        self.transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

/// Text for an HTML body.
fn escape(s: &str) -> String {
    v_htmlescape::escape(s).to_string()
}
