//! Email over SMTP with lettre: the transport from `COACHFOLIO_SMTP_URL` (lettre's connection
//! URL: `smtp://host:port` plain on a trusted network, `smtp://…?tls=required` STARTTLS,
//! `smtps://user:password@host` TLS), the sender, and the public URL links are made from.
//! Each message has a plain-text and an HTML part.

use coachfolio_persistence::notifications::Outgoing;
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
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
}

impl Mailer {
    pub fn new(config: &MailConfig) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(&config.smtp_url)
            .map_err(|e| format!("COACHFOLIO_SMTP_URL: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .build();
        let from = config.from.parse().map_err(|e| format!("COACHFOLIO_MAIL_FROM: {e}"))?;
        Ok(Mailer { transport, from, public_url: config.public_url.trim_end_matches('/').to_string() })
    }

    /// The email of a notification: to its recipient, the program's name in the subject, the
    /// text, and the link to the record.
    pub fn message(&self, o: &Outgoing) -> Result<Message, String> {
        let to: Mailbox = format!("{} <{}>", o.display_name.replace(['<', '>', '"'], ""), o.email)
            .parse()
            .map_err(|e| format!("the address {:?}: {e}", o.email))?;
        let program = o.program_name.as_deref().unwrap_or("Coachfolio");
        let link = format!("{}{}", self.public_url, o.row.link);
        let text = format!(
            "Hello {},\n\n{}\n\n{}\n\nOpen it: {link}\n\n-- \n{program}, through Coachfolio. You get this because it concerns your part in the program.\n",
            o.display_name, o.row.title, o.row.body
        );
        let html = format!(
            "<p>Hello {},</p><p><strong>{}</strong></p><p>{}</p><p><a href=\"{link}\">Open it in Coachfolio</a></p><hr><p style=\"color:#555\">{program}, through Coachfolio. You get this because it concerns your part in the program.</p>",
            escape(&o.display_name),
            escape(&o.row.title),
            escape(&o.row.body),
            link = escape(&link),
            program = escape(program),
        );
        Message::builder()
            // One notification, one Message-ID: a receiver can tell a copy, and tests count them.
            .message_id(Some(format!("<{}@coachfolio>", o.row.id)))
            .from(self.from.clone())
            .to(to)
            .subject(format!("[{program}] {}", o.row.title))
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
