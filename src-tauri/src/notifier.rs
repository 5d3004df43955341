//! Showing a notification on the desktop. A trait, so the scheduler's tests use a fake and the
//! end-to-end tests watch the real session bus.

use std::sync::Arc;

use casebook_core::notice::Notice;

pub trait Notifier: Send + Sync + 'static {
    /// Shows the notice, or says why it could not (no notification service, say).
    fn notify(&self, notice: &Notice) -> Result<(), String>;
}

/// What to do when the user clicks a notification: open this case, or the home screen.
pub type OnClick = Arc<dyn Fn(Option<i64>) + Send + Sync>;

/// The desktop's own notifications (D-Bus `org.freedesktop.Notifications` on Linux).
pub struct DesktopNotifier {
    pub on_click: OnClick,
}

impl Notifier for DesktopNotifier {
    fn notify(&self, notice: &Notice) -> Result<(), String> {
        let mut n = notify_rust::Notification::new();
        n.appname("Casebook")
            .summary(&notice.title)
            .body(&notice.body)
            .icon("app.casebook.desktop");
        #[cfg(all(unix, not(target_os = "macos")))]
        {
            // "default" is the action a click on the notification's body sends.
            n.action("default", &notice.open)
                .hint(notify_rust::Hint::Category("im.received".into()));
            let handle = n.show().map_err(|e| e.to_string())?;
            let on_click = self.on_click.clone();
            let case_id = notice.case_id;
            // Waiting blocks until the notification closes, and keeping the handle alive keeps
            // the notification on screen where the daemon closes those of vanished senders.
            std::thread::spawn(move || {
                handle.wait_for_action(|action| {
                    if action == "default" {
                        on_click(case_id);
                    }
                })
            });
            Ok(())
        }
        #[cfg(not(all(unix, not(target_os = "macos"))))]
        {
            n.show().map(|_| ()).map_err(|e| e.to_string())
        }
    }
}
