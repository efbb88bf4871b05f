.class public final Lcom/example/paperlens/ui/WelcomeActivity;
.super Landroid/app/Activity;
.source "WelcomeActivity.kt"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method


# virtual methods
.method public final onAgree()V
    .registers 4

    const-string v0, "paperlens"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/paperlens/ui/WelcomeActivity;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    const-string v1, "consent_v4"

    const/4 v2, 0x1

    invoke-interface {v0, v1, v2}, Landroid/content/SharedPreferences$Editor;->putBoolean(Ljava/lang/String;Z)Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences$Editor;->apply()V

    invoke-virtual {p0}, Lcom/example/paperlens/ui/WelcomeActivity;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    invoke-static {v0}, Lcom/example/paperlens/PaperLensApp;->enableTracking(Landroid/content/Context;)V

    const-string v0, "android.permission.POST_NOTIFICATIONS"

    invoke-virtual {p0, v0}, Lcom/example/paperlens/ui/WelcomeActivity;->checkSelfPermission(Ljava/lang/String;)I

    move-result v1

    if-eqz v1, :cond_33

    const/4 v1, 0x1

    new-array v1, v1, [Ljava/lang/String;

    const/4 v2, 0x0

    aput-object v0, v1, v2

    const/4 v2, 0x7

    invoke-virtual {p0, v1, v2}, Lcom/example/paperlens/ui/WelcomeActivity;->requestPermissions([Ljava/lang/String;I)V

    :cond_33
    return-void
.end method

.method public final openPrivacyPolicy()V
    .registers 4

    new-instance v0, Landroid/content/Intent;

    const-string v1, "android.intent.action.VIEW"

    const-string v2, "https://paperlens.example.com/legal/privacy"

    invoke-static {v2}, Landroid/net/Uri;->parse(Ljava/lang/String;)Landroid/net/Uri;

    move-result-object v2

    invoke-direct {v0, v1, v2}, Landroid/content/Intent;-><init>(Ljava/lang/String;Landroid/net/Uri;)V

    invoke-virtual {p0, v0}, Lcom/example/paperlens/ui/WelcomeActivity;->startActivity(Landroid/content/Intent;)V

    return-void
.end method
