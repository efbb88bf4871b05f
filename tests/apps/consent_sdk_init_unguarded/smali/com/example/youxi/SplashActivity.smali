.class public Lcom/example/youxi/SplashActivity;
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

    const-class v1, Lcom/example/youxi/MainActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/youxi/SplashActivity;->startActivity(Landroid/content/Intent;)V

    invoke-virtual {p0}, Lcom/example/youxi/SplashActivity;->finish()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$0(Lcom/example/youxi/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-static {p0}, Lcom/example/youxi/PrivacyConfig;->onPrivacyAgreed(Landroid/content/Context;)V

    invoke-direct {p0}, Lcom/example/youxi/SplashActivity;->goMain()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$1(Lcom/example/youxi/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-virtual {p0}, Lcom/example/youxi/SplashActivity;->finish()V

    return-void
.end method

.method private showPrivacyDialog()V
    .registers 4

    new-instance v0, Landroid/app/AlertDialog$Builder;

    invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V

    const-string v1, "\u7528\u6237\u534f\u8bae\u4e0e\u9690\u79c1\u653f\u7b56"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u6b22\u8fce\u6765\u5230\u6e38\u620f\u76d2\u5b50\uff01\u6211\u4eec\u4f7f\u7528\u53cb\u76df\u7edf\u8ba1\u548c\u6781\u5149\u63a8\u9001\uff0c\u5b83\u4eec\u4f1a\u6536\u96c6\u8bbe\u5907\u6807\u8bc6\u7b26\u3002\u8bf7\u9605\u8bfb\u300a\u9690\u79c1\u653f\u7b56\u300b\uff0c\u70b9\u51fb\u201c\u540c\u610f\u201d\u540e\u5f00\u59cb\u4f7f\u7528\u3002"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const/4 v1, 0x0

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setCancelable(Z)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u540c\u610f"

    new-instance v2, Lcom/example/youxi/SplashActivity$$ExternalSyntheticLambda0;

    invoke-direct {v2, p0}, Lcom/example/youxi/SplashActivity$$ExternalSyntheticLambda0;-><init>(Lcom/example/youxi/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u4e0d\u540c\u610f"

    new-instance v2, Lcom/example/youxi/SplashActivity$$ExternalSyntheticLambda1;

    invoke-direct {v2, p0}, Lcom/example/youxi/SplashActivity$$ExternalSyntheticLambda1;-><init>(Lcom/example/youxi/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-static {p0}, Lcom/example/youxi/PrivacyConfig;->isPrivacyAgreed(Landroid/content/Context;)Z

    move-result v0

    if-eqz v0, :cond_d

    invoke-direct {p0}, Lcom/example/youxi/SplashActivity;->goMain()V

    return-void

    :cond_d
    invoke-direct {p0}, Lcom/example/youxi/SplashActivity;->showPrivacyDialog()V

    return-void
.end method
