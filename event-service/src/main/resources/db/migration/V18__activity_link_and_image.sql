-- An activity's online link (the meeting or live-stream page of an online or hybrid activity) and its image (a photo
-- or poster, issue 12), the image kept in the blob store like the notices' signed files.
alter table activity add column online_url varchar(2000);
alter table activity add column image_key        varchar(200);
alter table activity add column image_media_type varchar(100);
alter table activity add column image_size_bytes bigint;
alter table activity add column image_sha256     varchar(64);
alter table activity add column image_uploaded_at timestamptz;
alter table activity add constraint activity_online_url_https check (online_url is null or online_url like 'https://%');
alter table activity add constraint activity_image_complete check ((image_key is null) = (image_sha256 is null));
