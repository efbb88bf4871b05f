.class public final synthetic Lcom/example/ledger/c;
.super Ljava/lang/Object;
.source "SourceFile"

# interfaces
.implements Landroid/content/DialogInterface$OnClickListener;


# instance fields
.field public final synthetic a:Lcom/example/ledger/SplashActivity;


# direct methods
.method public synthetic constructor <init>(Lcom/example/ledger/SplashActivity;)V
    .registers 2

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lcom/example/ledger/c;->a:Lcom/example/ledger/SplashActivity;

    return-void
.end method


# virtual methods
.method public final onClick(Landroid/content/DialogInterface;I)V
    .registers 4

    iget-object v0, p0, Lcom/example/ledger/c;->a:Lcom/example/ledger/SplashActivity;

    invoke-static {v0, p1, p2}, Lcom/example/ledger/SplashActivity;->a(Lcom/example/ledger/SplashActivity;Landroid/content/DialogInterface;I)V

    return-void
.end method
