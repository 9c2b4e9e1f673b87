# The ITAC portal's caching proxy (Varnish 7.1 with xkey from Debian's varnish-modules).
#
# - Anonymous GETs are answered from the cache; the app says what may be kept
#   (Cache-Control: public, s-maxage=...) and names what each page shows (xkey header).
# - A visitor with a session (logged in, or a page password given) and every POST go to
#   the app servers untouched.
# - A request an app server could not answer (refused, reset, timed out) is sent to the
#   other: reads always, and the public site's posts too (their bodies are read whole first),
#   because every public form stores what it is sent once however often it arrives (its
#   single-use start token, and the story and pledge forms' submission keys). Admin posts
#   are never sent twice.
# - Stale copies are served while a fresh one is fetched, and for a day while no app server
#   is healthy (grace).
# - Purges (PURGE with an "xkey-purge" header naming tags) are taken only from the app
#   servers (acl purgers, in backends.vcl).
# - A flood of story forms (the public forms that upload, whatever their address) from one
#   address is refused here (vsthrottle, from the same varnish-modules), so the app servers
#   never read those uploads.
#
# backends.vcl, beside this file or on varnishd's vcl_path, declares the app servers: the
# director `app` and the acl `purgers` (see deploy/stack.py, which writes one for make stack).

vcl 4.1;

import directors;
import std;
import vsthrottle;
import xkey;

include "backends.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No xkey-purge header"));
        }
        set req.http.purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.purged));
    }

    set req.backend_hint = app.backend();
    # The client's address, overwritten whatever the client sent: the app keys its rate
    # limits on it (PROXY_CLIENT_IP_HEADER=X-Real-IP).
    set req.http.X-Real-IP = client.ip;
    # Set below, only by the proxy: this post may be sent again to another app server.
    unset req.http.X-Retry-Post;

    if (req.method != "GET" && req.method != "HEAD") {
        # The story form takes photos: it is the only public form that uploads files. The app
        # itself decodes at most 5 and reads at most 30 posts an hour from one address; past
        # twice that, a flood is refused before it reaches an app server. Uploads are told by
        # their type, not by the form's address, which editors choose (and may rename) in the
        # campaign settings; the admin's own uploads are left alone.
        if (req.method == "POST" && req.http.Content-Type ~ "(?i)^\s*multipart/form-data"
            && req.url !~ "^/(admin|django-admin)/"
            && vsthrottle.is_denied("uploads:" + client.ip, 60, 1h)) {
            return (synth(429, "Too Many Requests"));
        }
        # A public form's post is read whole before it goes on, so that it can be sent again
        # to the other app server when the first cannot answer (vcl_backend_error). 11 MB
        # holds the largest story form the app accepts (a 10 MB photo and the text; its
        # FILE_UPLOAD_MAX_MEMORY_SIZE). A larger body, or one of unknown length, is not kept
        # (keeping it would fail the request): it goes on as it comes, and is not retried.
        if (req.method == "POST" && req.url !~ "^/(admin|django-admin)/"
            && std.integer(s=req.http.Content-Length, fallback=-1) >= 0
            && std.integer(s=req.http.Content-Length, fallback=-1) <= 11534336
            && std.cache_req_body(11MB)) {
            set req.http.X-Retry-Post = "1";
        }
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|_util)/" || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Every cookie but the CSRF token goes: a cached page never depends on one, and the app
    # answers any page that reads the token privately (a form keeps the visitor's token).
    if (req.http.Cookie) {
        set req.http.Cookie = regsuball("; " + req.http.Cookie, ";\s*", "; ");
        set req.http.Cookie = regsuball(req.http.Cookie, "; (?!csrftoken=)[^;]*", "");
        set req.http.Cookie = regsub(req.http.Cookie, "^;\s*", "");
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    # While an app server is healthy, a stale copy is served at most 10 s past its time
    # while the fresh one is fetched; while none is, the whole grace period.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    set beresp.grace = 24h;
    set beresp.http.X-Backend = beresp.backend.name;
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            # Keep serving the stale copy rather than an error.
            return (abandon);
        }
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
}

sub vcl_backend_error {
    # A connection refused, reset or timed out: try again, for reads and for the public
    # forms' posts kept whole in vcl_recv (one may have been received: the app stores it
    # once, and answers the second copy as it did the first). Admin posts, and any other
    # method, are not sent twice. The director picks the next app server; a dead one is
    # tried at most a few times before its probes mark it sick (about 4 s).
    if (bereq.retries < 3
        && (bereq.method == "GET" || bereq.method == "HEAD" || bereq.http.X-Retry-Post)) {
        return (retry);
    }
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "private, no-store";
    set beresp.http.Retry-After = "10";
    if (bereq.url ~ "^/ar/") {
        synthetic({"<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>الموقع مشغول مؤقتًا · It Takes A Community</title></head><body><main><h1>الموقع مشغول مؤقتًا</h1><p>لم نتمكن من إتمام طلبك. يرجى المحاولة مرة أخرى بعد بضع ثوانٍ.</p><p><a href="/ar/">الصفحة الرئيسية</a></p></main></body></html>"});
    } else if (bereq.url ~ "^/es/") {
        synthetic({"<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>El sitio está ocupado · It Takes A Community</title></head><body><main><h1>El sitio está ocupado en este momento</h1><p>No pudimos completar su solicitud. Vuelva a intentarlo en unos segundos.</p><p><a href="/es/">Página de inicio</a></p></main></body></html>"});
    } else if (bereq.url ~ "^/fr/") {
        synthetic({"<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Le site est occupé · It Takes A Community</title></head><body><main><h1>Le site est occupé pour le moment</h1><p>Nous n’avons pas pu traiter votre demande. Réessayez dans quelques secondes.</p><p><a href="/fr/">Page d’accueil</a></p></main></body></html>"});
    } else if (bereq.url ~ "^/pt/") {
        synthetic({"<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>O site está ocupado · It Takes A Community</title></head><body><main><h1>O site está ocupado neste momento</h1><p>Não conseguimos concluir o seu pedido. Tente novamente dentro de alguns segundos.</p><p><a href="/pt/">Página inicial</a></p></main></body></html>"});
    } else {
        synthetic({"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The site is busy · It Takes A Community</title></head><body><main><h1>The site is busy right now</h1><p>We could not finish your request. Please try again in a few seconds.</p><p><a href="/">Home page</a></p></main></body></html>"});
    }
    set beresp.status = 503;
    return (deliver);
}

sub vcl_deliver {
    # Tags are for purges only; the state of the cache helps operators and the tests.
    unset resp.http.xkey;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } else if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}

sub vcl_synth {
    if (resp.status == 429) {
        # The story form's flood refusal, in the visitor's language like the app's own pages.
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.Cache-Control = "private, no-store";
        set resp.http.Retry-After = "3600";
        if (req.url ~ "^/ar/") {
            set resp.http.Content-Language = "ar";
            synthetic({"<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>طلبات كثيرة جدًا · It Takes A Community</title></head><body><main><h1>طلبات كثيرة جدًا</h1><p>وصلتنا رسائل كثيرة جدًا من عنوانك خلال الساعة الماضية. يرجى المحاولة مرة أخرى بعد ساعة.</p><p><a href="/ar/">الصفحة الرئيسية</a></p></main></body></html>"});
        } else if (req.url ~ "^/es/") {
            set resp.http.Content-Language = "es";
            synthetic({"<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Demasiados envíos · It Takes A Community</title></head><body><main><h1>Demasiados envíos</h1><p>Hemos recibido demasiados envíos desde su dirección en la última hora. Vuelva a intentarlo dentro de una hora.</p><p><a href="/es/">Página de inicio</a></p></main></body></html>"});
        } else if (req.url ~ "^/fr/") {
            set resp.http.Content-Language = "fr";
            synthetic({"<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trop d’envois · It Takes A Community</title></head><body><main><h1>Trop d’envois</h1><p>Nous avons reçu trop d’envois depuis votre adresse au cours de la dernière heure. Réessayez dans une heure.</p><p><a href="/fr/">Page d’accueil</a></p></main></body></html>"});
        } else if (req.url ~ "^/pt/") {
            set resp.http.Content-Language = "pt";
            synthetic({"<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Demasiados envios · It Takes A Community</title></head><body><main><h1>Demasiados envios</h1><p>Recebemos demasiados envios do seu endereço na última hora. Tente novamente dentro de uma hora.</p><p><a href="/pt/">Página inicial</a></p></main></body></html>"});
        } else {
            set resp.http.Content-Language = "en";
            synthetic({"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many requests · It Takes A Community</title></head><body><main><h1>Too many requests</h1><p>We have received too many forms from your address in the last hour. Please try again in an hour.</p><p><a href="/">Home page</a></p></main></body></html>"});
        }
        return (deliver);
    }
}
