.class public Lcom/example/wrap/App;
.super Landroid/app/Application;
.source "App.java"

.field public static sPrivacyGranted:Z

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method

.method public onCreate()V
    .locals 3
    invoke-super {p0}, Landroid/app/Application;->onCreate()V
    const-string v0, "user_agree_privacy"
    const/4 v1, 0x0
    invoke-static {p0, v0, v1}, Lcom/example/wrap/util/SpUtils;->getBoolean(Landroid/content/Context;Ljava/lang/String;Z)Z
    move-result v0
    sput-boolean v0, Lcom/example/wrap/App;->sPrivacyGranted:Z
    invoke-direct {p0}, Lcom/example/wrap/App;->setUpCrashLog()V
    sget-boolean v0, Lcom/example/wrap/App;->sPrivacyGranted:Z
    if-eqz v0, :cond_skip
    invoke-virtual {p0}, Lcom/example/wrap/App;->initAfterConsent()V
    :cond_skip
    return-void
.end method

.method private setUpCrashLog()V
    .locals 2
    const-string v0, "Ledger"
    const-string v1, "crash log ready"
    invoke-static {v0, v1}, Landroid/util/Log;->i(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method

.method public initAfterConsent()V
    .locals 3
    invoke-virtual {p0}, Lcom/example/wrap/App;->getContentResolver()Landroid/content/ContentResolver;
    move-result-object v0
    const-string v1, "android_id"
    invoke-static {v0, v1}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    move-result-object v0
    const-string v1, "Ledger"
    invoke-static {v1, v0}, Landroid/util/Log;->d(Ljava/lang/String;Ljava/lang/String;)I
    return-void
.end method
