.class public Lcom/example/shade/SplashActivity;
.super Landroid/app/Activity;
.source "SourceFile"


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Landroid/app/Activity;-><init>()V

    return-void
.end method

.method public static synthetic a(Lcom/example/shade/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-static {p0}, La/b/c;->b(Landroid/content/Context;)V

    invoke-virtual {p0}, Lcom/example/shade/SplashActivity;->getApplicationContext()Landroid/content/Context;

    move-result-object p1

    invoke-static {p1}, La/a/a;->b(Landroid/content/Context;)V

    invoke-direct {p0}, Lcom/example/shade/SplashActivity;->c()V

    return-void
.end method

.method public static synthetic b(Lcom/example/shade/SplashActivity;Landroid/content/DialogInterface;I)V
    .registers 3

    invoke-interface {p1}, Landroid/content/DialogInterface;->dismiss()V

    invoke-virtual {p0}, Landroid/app/Activity;->finish()V

    return-void
.end method

.method private c()V
    .registers 3

    new-instance v0, Landroid/content/Intent;

    const-class v1, Lcom/example/shade/MainActivity;

    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V

    invoke-virtual {p0, v0}, Landroid/app/Activity;->startActivity(Landroid/content/Intent;)V

    invoke-virtual {p0}, Landroid/app/Activity;->finish()V

    return-void
.end method

.method private d()V
    .registers 4

    new-instance v0, Landroid/app/AlertDialog$Builder;

    invoke-direct {v0, p0}, Landroid/app/AlertDialog$Builder;-><init>(Landroid/content/Context;)V

    const-string v1, "\u9690\u79c1\u4fdd\u62a4\u63d0\u793a"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setTitle(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u6b22\u8fce\u4f7f\u7528\u6697\u5f71\u76f8\u518c\u3002\u8bf7\u9605\u8bfb\u300a\u9690\u79c1\u653f\u7b56\u300b\uff0c\u6211\u4eec\u4f1a\u5728\u60a8\u540c\u610f\u540e\u8bfb\u53d6\u8bbe\u5907\u6807\u8bc6\u7528\u4e8e\u4e91\u7aef\u5907\u4efd\u3002"

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setMessage(Ljava/lang/CharSequence;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const/4 v1, 0x0

    invoke-virtual {v0, v1}, Landroid/app/AlertDialog$Builder;->setCancelable(Z)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u540c\u610f"

    new-instance v2, La/b/d;

    invoke-direct {v2, p0}, La/b/d;-><init>(Lcom/example/shade/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setPositiveButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    const-string v1, "\u4e0d\u540c\u610f"

    new-instance v2, La/b/e;

    invoke-direct {v2, p0}, La/b/e;-><init>(Lcom/example/shade/SplashActivity;)V

    invoke-virtual {v0, v1, v2}, Landroid/app/AlertDialog$Builder;->setNegativeButton(Ljava/lang/CharSequence;Landroid/content/DialogInterface$OnClickListener;)Landroid/app/AlertDialog$Builder;

    move-result-object v0

    invoke-virtual {v0}, Landroid/app/AlertDialog$Builder;->show()Landroid/app/AlertDialog;

    return-void
.end method


# virtual methods
.method public onCreate(Landroid/os/Bundle;)V
    .registers 3

    invoke-super {p0, p1}, Landroid/app/Activity;->onCreate(Landroid/os/Bundle;)V

    invoke-static {p0}, La/b/c;->a(Landroid/content/Context;)Z

    move-result p1

    if-eqz p1, :cond_d

    invoke-direct {p0}, Lcom/example/shade/SplashActivity;->c()V

    return-void

    :cond_d
    invoke-direct {p0}, Lcom/example/shade/SplashActivity;->d()V

    return-void
.end method
