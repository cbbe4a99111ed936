-- The language the client reads best (the client's part of letters is repeated in it),
-- on the client and remembered per referral; '' = the letter's own language only.
ALTER TABLE clients ADD COLUMN reading_language TEXT NOT NULL DEFAULT '';
ALTER TABLE referrals ADD COLUMN reading_language TEXT NOT NULL DEFAULT '';
