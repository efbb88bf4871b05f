.class public Lcom/example/wrap/SplashActivity;
.super Landroid/app/Activity;
.source "SplashActivity.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .locals 2
    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V
    const-string v0, "user_agree_privacy"
    const/4 v1, 0x0
    invoke-static {p0, v0, v1}, Lcom/example/wrap/util/SpUtils;->getBoolean(Landroid/content/Context;Ljava/lang/String;Z)Z
    move-result v0
    if-eqz v0, :cond_dialog
    invoke-virtual {p0}, Lcom/example/wrap/SplashActivity;->goMain()V
    goto :goto_end
    :cond_dialog
    invoke-direct {p0}, Lcom/example/wrap/SplashActivity;->showPrivacyDialog()V
    :goto_end
    return-void
.end method

.method private showPrivacyDialog()V
    .locals 3
    new-instance v0, Landroid/app/AlertDialog$Builder;
    invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V
    const-string v1, "个人信息保护指引"
    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;
    move-result-object v0
    new-instance v1, Lcom/example/wrap/SplashActivity$1;
    invoke-direct {v1, p0}, Lcom/example/wrap/SplashActivity$1;-><init>(Lcom/example/wrap/SplashActivity;)V
    const-string v2, "同意"
    invoke-virtual {v0, v2, v1}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;
    move-result-object v0
    const-string v1, "不同意"
    const/4 v2, 0x0
    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;
    move-result-object v0
    invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;
    return-void
.end method

.method goMain()V
    .locals 2
    new-instance v0, Landroid/content/Intent;
    const-class v1, Lcom/example/wrap/MainActivity;
    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    invoke-virtual {p0, v0}, Lcom/example/wrap/SplashActivity;->startActivity(Landroid/content/Intent;)V
    invoke-virtual {p0}, Lcom/example/wrap/SplashActivity;->finish()V
    return-void
.end method
