.class public Lcom/example/jizhang/SplashActivity;
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

    const-class v1, Lcom/example/jizhang/MainActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Lcom/example/jizhang/SplashActivity;->startActivity(Landroid/content/Intent;)V

    invoke-virtual {p0}, Lcom/example/jizhang/SplashActivity;->finish()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$0(Lcom/example/jizhang/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 4

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    const/4 v0, 0x1

    invoke-static {p0, v0}, Lcom/example/jizhang/PrivacyStore;->setAgreed(Landroid/content/Context;Z)V

    invoke-virtual {p0}, Lcom/example/jizhang/SplashActivity;->getApplicationContext()Landroid/content/Context;

    move-result-object v0

    invoke-static {v0}, Lcom/example/jizhang/JizhangApp;->initSdks(Landroid/content/Context;)V

    invoke-direct {p0}, Lcom/example/jizhang/SplashActivity;->goMain()V

    return-void
.end method

.method static synthetic lambda$showPrivacyDialog$1(Lcom/example/jizhang/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-virtual {p0}, Lcom/example/jizhang/SplashActivity;->finish()V

    return-void
.end method

.method private showPrivacyDialog()V
    .registers 4

    new-instance v0, Landroid/app/AlertDialog$Builder;

    invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V

    const-string v1, "\u6e29\u99a8\u63d0\u793a"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u6b22\u8fce\u4f7f\u7528\u7b80\u5355\u8bb0\u8d26\uff01\u5728\u4f7f\u7528\u524d\u8bf7\u4ed4\u7ec6\u9605\u8bfb\u300a\u9690\u79c1\u653f\u7b56\u300b\uff1a\u6211\u4eec\u4f7f\u7528\u53cb\u76df\u7edf\u8ba1SDK\u5206\u6790\u4f7f\u7528\u60c5\u51b5\uff0c\u4f1a\u6536\u96c6\u8bbe\u5907\u6807\u8bc6\u7b26\uff1b\u62cd\u7167\u8bb0\u8d26\u65f6\u4f1a\u7533\u8bf7\u76f8\u673a\u6743\u9650\u3002"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const/4 v1, 0x0

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setCancelable(Z)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u540c\u610f\u5e76\u7ee7\u7eed"

    new-instance v2, Lcom/example/jizhang/SplashActivity$$ExternalSyntheticLambda0;

    invoke-direct {v2, p0}, Lcom/example/jizhang/SplashActivity$$ExternalSyntheticLambda0;-><init>(Lcom/example/jizhang/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u4e0d\u540c\u610f"

    new-instance v2, Lcom/example/jizhang/SplashActivity$$ExternalSyntheticLambda1;

    invoke-direct {v2, p0}, Lcom/example/jizhang/SplashActivity$$ExternalSyntheticLambda1;-><init>(Lcom/example/jizhang/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;

    return-void
.end method


# virtual methods
.method protected onCreate(Landroid/os/Bundle;)V
    .registers 3

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-static {p0}, Lcom/example/jizhang/PrivacyStore;->isAgreed(Landroid/content/Context;)Z

    move-result v0

    if-nez v0, :cond_d

    invoke-direct {p0}, Lcom/example/jizhang/SplashActivity;->showPrivacyDialog()V

    return-void

    :cond_d
    invoke-direct {p0}, Lcom/example/jizhang/SplashActivity;->goMain()V

    return-void
.end method
