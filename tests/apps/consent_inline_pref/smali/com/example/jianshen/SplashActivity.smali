.class public Lcom/example/jianshen/SplashActivity;
.super Landroid/app/Activity;
.source "SplashActivity.java"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method private goMain()V
    .registers 3

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcom/example/jianshen/MainActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/jianshen/SplashActivity;->startActivity(Landroid/content/Intent;)V

    invoke-virtual {p0}, Lcom/example/jianshen/SplashActivity;->finish()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$0(Lcom/example/jianshen/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 4

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    const-string v0, "app"

    const/4 p2, 0x0

    invoke-virtual {p0, v0, p2}, Lcom/example/jianshen/SplashActivity;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences;->edit()Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    const-string p1, "privacy_agreed"

    const/4 p2, 0x1

    invoke-interface {v0, p1, p2}, Landroid/content/SharedPreferences$Editor;->putBoolean(Ljava/lang/String;Z)Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    const-string p1, "agree_protocol"

    invoke-interface {v0, p1, p2}, Landroid/content/SharedPreferences$Editor;->putBoolean(Ljava/lang/String;Z)Landroid/content/SharedPreferences$Editor;

    move-result-object v0

    invoke-interface {v0}, Landroid/content/SharedPreferences$Editor;->apply()V

    invoke-direct {p0}, Lcom/example/jianshen/SplashActivity;->goMain()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$1(Lcom/example/jianshen/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-virtual {p0}, Lcom/example/jianshen/SplashActivity;->finish()V

    return-void
.end method

.method private showPrivacyDialog()V
    .registers 4

    new-instance v0, Landroid/app/AlertDialog$Builder;

    invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V

    const-string v1, "\u7528\u6237\u534f\u8bae\u4e0e\u9690\u79c1\u653f\u7b56"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u6b22\u8fce\u4f7f\u7528\u6bcf\u65e5\u5065\u8eab\uff01\u8bf7\u9605\u8bfb\u300a\u7528\u6237\u534f\u8bae\u300b\u548c\u300a\u9690\u79c1\u653f\u7b56\u300b\u3002\u70b9\u51fb\u201c\u540c\u610f\u201d\u540e\u6211\u4eec\u624d\u4f1a\u8bfb\u53d6\u8bbe\u5907\u6807\u8bc6\u7528\u4e8e\u540c\u6b65\u8bad\u7ec3\u8bb0\u5f55\u3002"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const/4 v1, 0x0

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setCancelable(Z)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u540c\u610f"

    new-instance v2, Lcom/example/jianshen/SplashActivity$$ExternalSyntheticLambda0;

    invoke-direct {v2, p0}, Lcom/example/jianshen/SplashActivity$$ExternalSyntheticLambda0;-><init>(Lcom/example/jianshen/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u4e0d\u540c\u610f"

    new-instance v2, Lcom/example/jianshen/SplashActivity$$ExternalSyntheticLambda1;

    invoke-direct {v2, p0}, Lcom/example/jianshen/SplashActivity$$ExternalSyntheticLambda1;-><init>(Lcom/example/jianshen/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 5

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    const-string v0, "app"

    const/4 v1, 0x0

    invoke-virtual {p0, v0, v1}, Lcom/example/jianshen/SplashActivity;->getSharedPreferences(Ljava/lang/String;I)Landroid/content/SharedPreferences;

    move-result-object v0

    const-string v2, "privacy_agreed"

    invoke-interface {v0, v2, v1}, Landroid/content/SharedPreferences;->getBoolean(Ljava/lang/String;Z)Z

    move-result v0

    if-eqz v0, :cond_d

    invoke-direct {p0}, Lcom/example/jianshen/SplashActivity;->goMain()V

    return-void

    :cond_d
    invoke-direct {p0}, Lcom/example/jianshen/SplashActivity;->showPrivacyDialog()V

    return-void
.end method
