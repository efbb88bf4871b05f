.class public Lcom/example/cleanapp/SplashActivity;
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

    const-class v1, Lcom/example/cleanapp/MainActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/cleanapp/SplashActivity;->startActivity(Landroid/content/Intent;)V

    invoke-virtual {p0}, Lcom/example/cleanapp/SplashActivity;->finish()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$0(Lcom/example/cleanapp/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 4

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-static {p0}, Lcom/example/cleanapp/CleanApplication;->setAgreed(Landroid/content/Context;)V

    invoke-virtual {p0}, Lcom/example/cleanapp/SplashActivity;->getApplication()Landroid/app/Application;

    move-result-object v0

    check-cast v0, Lcom/example/cleanapp/CleanApplication;

    invoke-virtual {v0}, Lcom/example/cleanapp/CleanApplication;->initAfterConsent()V

    invoke-direct {p0}, Lcom/example/cleanapp/SplashActivity;->goMain()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$1(Lcom/example/cleanapp/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-virtual {p0}, Lcom/example/cleanapp/SplashActivity;->finish()V

    return-void
.end method

.method private showPrivacyDialog()V
    .registers 4

    new-instance v0, Landroid/app/AlertDialog$Builder;

    invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V

    const-string v1, "\u4e2a\u4eba\u4fe1\u606f\u4fdd\u62a4\u6307\u5f15"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u6b22\u8fce\u4f7f\u7528\u51c0\u4eab\uff01\u8bf7\u60a8\u4ed4\u7ec6\u9605\u8bfb\u300a\u7528\u6237\u534f\u8bae\u300b\u548c\u300a\u9690\u79c1\u653f\u7b56\u300b\u3002\u6211\u4eec\u4ec5\u5728\u60a8\u4f7f\u7528\u626b\u7801\u3001\u9644\u8fd1\u95e8\u5e97\u3001\u9080\u8bf7\u597d\u53cb\u529f\u80fd\u65f6\u7533\u8bf7\u76f8\u673a\u3001\u4f4d\u7f6e\u3001\u901a\u8baf\u5f55\u6743\u9650\u3002\u70b9\u51fb\u201c\u540c\u610f\u201d\u5373\u8868\u793a\u60a8\u5df2\u9605\u8bfb\u5e76\u540c\u610f\u4e0a\u8ff0\u534f\u8bae\u3002"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const/4 v1, 0x0

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setCancelable(Z)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u540c\u610f"

    new-instance v2, Lcom/example/cleanapp/SplashActivity$$ExternalSyntheticLambda0;

    invoke-direct {v2, p0}, Lcom/example/cleanapp/SplashActivity$$ExternalSyntheticLambda0;-><init>(Lcom/example/cleanapp/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u4e0d\u540c\u610f"

    new-instance v2, Lcom/example/cleanapp/SplashActivity$$ExternalSyntheticLambda1;

    invoke-direct {v2, p0}, Lcom/example/cleanapp/SplashActivity$$ExternalSyntheticLambda1;-><init>(Lcom/example/cleanapp/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-static {p0}, Lcom/example/cleanapp/CleanApplication;->hasAgreed(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_d

    invoke-direct {p0}, Lcom/example/cleanapp/SplashActivity;->goMain()V

    return-void

    :cond_d
    invoke-direct {p0}, Lcom/example/cleanapp/SplashActivity;->showPrivacyDialog()V

    return-void
.end method
