"""The round a whole city answers: invitation links, the contributors' area pages, the
coordinator's review and submission.

- `invitations`: the signed, expiring, revocable links (`Invitation`), and the refusals a
  contributor can meet (expired, withdrawn, locked round, area handed in, too many saves);
- `answering`: one area's questions as a form, saved question by question, and what a refused
  save keeps (`PendingNote`) so that nothing typed is lost;
- `progress`: answered / total per area, for both sides;
- `contribute`: the contributors' pages (no admin account: the link is the key);
- `admin_views` and `viewset`: the coordinator's screens in the admin, scoped to their cities.
"""
